namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// What a pass observed, in UTC ticks: from the filter's start (else the first event seen) to the filter's end or
/// just after the last event seen, whichever is earlier. A period not wholly inside it is incomplete.
/// </summary>
internal readonly record struct Observed(long From, long Until)
{
    public static Observed Of(in EventFilter filter, long firstSeen, long lastSeen)
    {
        var from = filter.From?.UtcTicks ?? firstSeen;
        var until = Math.Min(filter.To?.UtcTicks ?? long.MaxValue, lastSeen == long.MaxValue ? lastSeen : lastSeen + 1);
        return new Observed(from, until);
    }

    public DateTimeOffset UntilTime => new(Math.Clamp(Until, 0, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero);

    /// <summary>True when the period [start, end) reaches outside what was observed.</summary>
    public bool Cuts(long start, long end) => start < From || end > Until;
}
