namespace Waymark.Analytics.Generation;

/// <summary>What to generate: how many customers, from which seed, starting when, spread over how many days.</summary>
public readonly record struct GeneratorOptions
{
    public int Customers { get; init; }

    public int Seed { get; init; }

    /// <summary>First possible journey start (default 2024-01-01 UTC).</summary>
    public DateTime? Start { get; init; }

    /// <summary>Journey starts are spread over this many days (0: 365).</summary>
    public int Days { get; init; }

    internal DateTime EffectiveStart => Start ?? new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    internal int EffectiveDays => Days > 0 ? Days : 365;
}
