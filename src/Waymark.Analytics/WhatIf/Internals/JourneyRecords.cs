namespace Waymark.Analytics.WhatIf.Internals;

/// <summary>
/// One record per customer who entered the funnel: how many funnel steps they reached and, for those who reached the
/// asked step, their wait to the next step (went on) or their time waiting at the period's end (did not).
/// Sorted by (level, duration), so the records do not depend on how the pass split the customers, and the bootstrap
/// draws the same customers for the same seed.
/// </summary>
internal sealed class JourneyRecords
{
    public JourneyRecords(List<int> levels, List<long> durations)
    {
        // Records equal in both keys are interchangeable, so this order is the same however the pass was split.
        var keys = new (int Level, long Duration)[levels.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (levels[i], durations[i]);
        }

        Array.Sort(keys);
        Levels = [.. keys.Select(k => k.Level)];
        Durations = [.. keys.Select(k => k.Duration)];
    }

    /// <summary>Funnel steps reached (1..n), ascending.</summary>
    public int[] Levels { get; }

    /// <summary>Ticks: wait to the next step, or time waiting at the period's end; ascending within a level.</summary>
    public long[] Durations { get; }

    public int Count => Levels.Length;
}
