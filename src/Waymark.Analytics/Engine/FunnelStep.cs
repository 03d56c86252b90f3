namespace Waymark.Analytics.Engine;

/// <summary>A funnel step: any one of its activities completes it.</summary>
public sealed record FunnelStep(string Name, IReadOnlyList<string> Activities)
{
    public static FunnelStep Of(string activity) => new(activity, [activity]);
}
