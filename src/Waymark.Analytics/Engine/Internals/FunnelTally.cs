namespace Waymark.Analytics.Engine.Internals;

/// <summary>Counts for one breakdown group: customers reaching each step, gaps between steps, times to convert.</summary>
internal sealed class FunnelTally
{
    public FunnelTally(int steps)
    {
        Reached = new long[steps];
        Gaps = new LongList[steps];
        for (var i = 0; i < steps; i++)
        {
            Gaps[i] = new LongList();
        }
    }

    public long[] Reached { get; }

    /// <summary>Gaps[i]: time from step i - 1 to step i (index 0 unused).</summary>
    public LongList[] Gaps { get; }

    public LongList TimeToConvert { get; } = new();

    public long Excluded { get; set; }

    public void Add(int reached, long[] times)
    {
        for (var i = 0; i < reached; i++)
        {
            Reached[i]++;
            if (i > 0)
            {
                Gaps[i].Add(times[i] - times[i - 1]);
            }
        }

        if (reached == Reached.Length)
        {
            TimeToConvert.Add(times[reached - 1] - times[0]);
        }
    }

    public void Merge(FunnelTally other)
    {
        for (var i = 0; i < Reached.Length; i++)
        {
            Reached[i] += other.Reached[i];
            Gaps[i].AddRange(other.Gaps[i]);
        }

        TimeToConvert.AddRange(other.TimeToConvert);
        Excluded += other.Excluded;
    }

    /// <summary>Returns the pooled duration buffers.</summary>
    public void Release()
    {
        foreach (var gap in Gaps)
        {
            gap.Release();
        }

        TimeToConvert.Release();
    }
}
