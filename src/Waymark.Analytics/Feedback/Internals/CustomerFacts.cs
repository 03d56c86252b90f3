using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Mapping;

namespace Waymark.Analytics.Feedback.Internals;

/// <summary>
/// Per customer of the log, from one pass with the overlay's filter: whether the customer is in scope (the pass
/// admits them, so a segment means the same customers as in the overlay), whether one of their events in scope
/// stands for the outcome step, and which of the tracked activities they did.
/// </summary>
internal sealed class CustomerFacts
{
    private readonly byte[] _flags;
    private readonly ulong[] _activities;

    private CustomerFacts(byte[] flags, ulong[] activities)
    {
        _flags = flags;
        _activities = activities;
    }

    public int InScopeCount { get; private init; }

    /// <summary>Customers in scope who reached the outcome.</summary>
    public int ReachedCount { get; private init; }

    /// <summary>Customers of the log.</summary>
    public int Count => _flags.Length;

    public bool InScope(int customer) => (_flags[customer] & 1) != 0;

    public bool ReachedOutcome(int customer) => (_flags[customer] & 2) != 0;

    /// <summary>Whether the customer did tracked activity number <paramref name="tracked"/> (an index into the list given).</summary>
    public bool Did(int customer, int tracked) => (_activities[customer] & (1UL << tracked)) != 0;

    /// <param name="tracked">At most 64 activity names whose customers are remembered.</param>
    public static CustomerFacts Collect(EventLog log, StepMatcher matcher, int outcomeStep, in EventFilter filter, IReadOnlyList<string> tracked,
        CancellationToken ct = default)
    {
        var flags = new byte[log.CustomerCount];
        var activities = new ulong[log.CustomerCount];
        var bits = new ulong[log.Activities.Count];
        for (var i = 0; i < Math.Min(64, tracked.Count); i++)
        {
            if (log.Activities.IdOf(tracked[i]) is var id && id >= 0)
            {
                bits[id] |= 1UL << i;
            }
        }

        var compiled = new CompiledFilter(log, filter);
        CustomerPass.Run(log, compiled, () => new Visitor(flags, activities, bits, matcher, outcomeStep), ct);
        var (count, reached) = (0, 0);
        foreach (var f in flags)
        {
            count += f & 1;
            reached += (f >> 1) & 1;
        }

        return new CustomerFacts(flags, activities) { InScopeCount = count, ReachedCount = reached };
    }

    /// <summary>Each customer is visited by one thread only, so the shared arrays are written without locks.</summary>
    private sealed class Visitor(byte[] flags, ulong[] activities, ulong[] bits, StepMatcher matcher, int outcomeStep) : ICustomerVisitor<Visitor>
    {
        public void Visit(in CustomerView customer)
        {
            byte flag = 1;
            ulong did = 0;
            for (var i = 0; i < customer.Length; i++)
            {
                did |= bits[customer.Activity[i]];
                if (outcomeStep >= 0 && (flag & 2) == 0 && matcher.StandsFor(customer.EventIndex(i), outcomeStep))
                {
                    flag |= 2;
                }
            }

            flags[customer.Customer] = flag;
            activities[customer.Customer] = did;
        }

        public void Merge(Visitor other)
        {
        }
    }
}
