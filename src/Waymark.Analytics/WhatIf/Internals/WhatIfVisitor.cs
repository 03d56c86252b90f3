using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.WhatIf.Internals;

/// <summary>
/// Per-thread pass of a what-if question: matches each customer with the overlay's funnel (best attempt) and keeps,
/// for those who entered it, the steps reached and the asked step's wait (to the next step) or time waiting so far
/// (at <c>end</c>, the period's end).
/// </summary>
internal sealed class WhatIfVisitor(FunnelSpec spec, int step, long end) : ICustomerVisitor<WhatIfVisitor>
{
    private readonly FunnelMatcher _matcher = new(spec);

    public List<int> Levels { get; } = [];

    public List<long> Durations { get; } = [];

    public void Visit(in CustomerView customer)
    {
        if (_matcher.Match(customer) != FunnelOutcome.Matched || _matcher.Reached == 0)
        {
            return;
        }

        var reached = _matcher.Reached;
        var times = _matcher.BestTimes;
        var duration = reached > step + 1 ? times[step + 1] - times[step]
            : reached == step + 1 ? Math.Max(0, end - times[step])
            : 0;
        Levels.Add(reached);
        Durations.Add(duration);
    }

    public void Merge(WhatIfVisitor other)
    {
        Levels.AddRange(other.Levels);
        Durations.AddRange(other.Durations);
    }
}
