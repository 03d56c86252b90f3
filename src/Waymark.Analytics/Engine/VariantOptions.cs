namespace Waymark.Analytics.Engine;

/// <summary>Variants: complete activity sequences per customer; <see cref="Top"/> of them reported (0: 10).</summary>
public readonly record struct VariantOptions
{
    public EventFilter Filter { get; init; }

    public int Top { get; init; }

    internal int EffectiveTop => Top > 0 ? Top : 10;
}
