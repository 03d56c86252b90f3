namespace Waymark.Analytics.Engine;

/// <summary>A breakdown: the <see cref="Limit"/> largest groups by first-step customers (0: 10), the rest in "other".</summary>
public readonly record struct FunnelBreakdown(BreakdownKind Kind, string? AttributeKey = null, int Limit = 10)
{
    public const string OtherGroup = "other";
    public const string NoneGroup = "(none)";

    internal int EffectiveLimit => Limit > 0 ? Limit : 10;
}
