namespace Waymark.Analytics.Generation.Internals;

/// <summary>One trial customer's events, regrouped so feedback can be timed against what the customer did: the first
/// time of each activity, in order, and whether they paid.</summary>
internal sealed class TrialJourney(string customerId)
{
    private readonly Dictionary<string, long> _first = new(StringComparer.Ordinal);
    private readonly List<long> _times = [];

    public string CustomerId { get; } = customerId;

    public bool Converted => _first.ContainsKey("subscription_started");

    /// <summary>Set when the customer left feedback at the data import: whether they were happy there.</summary>
    public bool? HappyAtImport { get; set; }

    public bool Reached(string activity) => _first.ContainsKey(activity);

    public long FirstTime(string activity) => _first[activity];

    /// <summary>Ticks from <paramref name="ticks"/> to the customer's next event (a day when there is none).</summary>
    public long GapAfter(long ticks)
    {
        foreach (var t in _times)
        {
            if (t > ticks)
            {
                return t - ticks;
            }
        }

        return TimeSpan.TicksPerDay;
    }

    /// <summary>The customers in the order of their first event in the list (the walker writes each one's events together).</summary>
    public static IEnumerable<TrialJourney> Of(IReadOnlyList<GeneratedEvent> events)
    {
        TrialJourney? current = null;
        foreach (var e in events)
        {
            if (current is null || current.CustomerId != e.CustomerId)
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = new TrialJourney(e.CustomerId);
            }

            current.Add(e);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private void Add(GeneratedEvent e)
    {
        _first.TryAdd(e.Activity, e.UtcTicks);
        _times.Add(e.UtcTicks);
    }
}
