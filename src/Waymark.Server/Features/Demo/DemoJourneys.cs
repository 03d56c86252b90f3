using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Demo;

/// <summary>The demo's events regrouped per customer, so feedback can be timed against what each customer did.</summary>
internal static class DemoJourneys
{
    /// <summary>One customer's events: the first time of each activity, in order, and whether they paid.</summary>
    public sealed class Journey(string customerId)
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

        public void Add(NewEvent e)
        {
            _first.TryAdd(e.Activity, e.UtcTicks);
            _times.Add(e.UtcTicks);
        }
    }

    /// <summary>The customers in the order of their first event in the list (the generator writes each one's events together).</summary>
    public static IEnumerable<Journey> Of(IReadOnlyList<NewEvent> events)
    {
        Journey? current = null;
        foreach (var e in events)
        {
            if (current is null || current.CustomerId != e.CustomerId)
            {
                if (current is not null)
                {
                    yield return current;
                }

                current = new Journey(e.CustomerId);
            }

            current.Add(e);
        }

        if (current is not null)
        {
            yield return current;
        }
    }
}
