using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Mapping;
using Waymark.Server.Features.Analysis;
using Waymark.Server.Features.Segments;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// A rule over the stored log of a period: the same step binding (StepMatcher), conditions (RuleMatch, the segment
/// filter through Analyze) and frequency (RuleFrequencyGate) as live evaluation. A stall is A reached and B not
/// reached within the duration, its deadline before the period's end.
/// </summary>
internal sealed class RuleBacktestRun(MapAnalysisScope scope, RuleDefinition rule, SegmentConditions? condition, SegmentConditions? entered, RuleWorld world)
{
    private const int MaxExamples = 10;
    private readonly RuleTrigger _t = rule.Trigger;

    public BacktestResult Run(EventLog log, IReadOnlyList<FeedbackItem> feedback, CancellationToken ct)
    {
        var from = scope.From?.UtcTicks ?? long.MinValue;
        var end = (scope.To ?? DateTimeOffset.UtcNow).UtcTicks;
        var names = log.Customers.Names.Take(log.CustomerCount).ToList();
        var inScope = Analyze.Admitted(log, scope.Filter, names);
        var inCondition = condition is null ? null : Analyze.Admitted(log, SegmentFilters.Apply(condition, default), names);
        var candidates = Candidates(log, feedback, from, end, inScope, ct);
        var (customers, firings, examples) = (new HashSet<string>(StringComparer.Ordinal), 0, new List<BacktestExample>());
        foreach (var group in candidates.GroupBy(c => c.Customer, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var customer = log.Customers.IdOf(group.Key);
            if ((inCondition is not null && !inCondition.Contains(group.Key)) ||
                !RuleMatch.Holds(rule.Conditions.Attributes, key => customer < 0 ? null : log.Attributes.Get(customer, key)))
            {
                continue;
            }

            var fired = new List<DateTime>();
            foreach (var c in group.OrderBy(c => c.At))
            {
                if (RuleFrequencyGate.Allows(rule.Frequency, fired, c.At))
                {
                    fired.Add(c.At);
                    firings++;
                    customers.Add(c.Customer);
                    if (examples.Count < MaxExamples + 1)
                    {
                        examples.Add(new BacktestExample(c.Customer, c.At, c.Detail));
                    }
                }
            }
        }

        return new BacktestResult(Format(scope.From), Format(scope.To), customers.Count, firings, [.. examples.Take(MaxExamples)], firings > MaxExamples);
    }

    private List<Candidate> Candidates(EventLog log, IReadOnlyList<FeedbackItem> feedback, long from, long end, HashSet<string> inScope, CancellationToken ct)
    {
        var found = new List<Candidate>();
        if (_t.Kind == RuleKinds.Feedback)
        {
            var placer = new FeedbackPlacer(log, scope.Map, FeedbackOptions.DefaultWindow);
            var step = IndexOf(placer.StepIds, _t.StepId);
            foreach (var item in feedback)
            {
                if (item.CustomerId is { } who && item.UtcTicks >= from && item.UtcTicks < end && inScope.Contains(who) &&
                    placer.Place(item).Step == step && RuleMatch.Holds(_t.Feedback, item))
                {
                    found.Add(new Candidate(who, new DateTime(item.UtcTicks, DateTimeKind.Utc), RuleDetails.Feedback(world, _t.StepId!, item.ScoreType.ToString(), item.Score)));
                }
            }

            return found;
        }

        if (_t.Kind == RuleKinds.SegmentEntered)
        {
            var names = inScope.ToList();
            var before = Analyze.Admitted(log, SegmentFilters.Apply(entered!, new EventFilter { To = scope.From }), names);
            var after = Analyze.Admitted(log, SegmentFilters.Apply(entered!, new EventFilter { To = new DateTimeOffset(end, TimeSpan.Zero) }), names);
            found.AddRange(after.Where(c => !before.Contains(c)).Select(c => new Candidate(c, new DateTime(end, DateTimeKind.Utc), RuleDetails.Entered(_t.SegmentId!))));
            return found;
        }

        var matcher = StepMatcher.Compile(log, scope.Map);
        for (var customer = 0; customer < log.CustomerCount; customer++)
        {
            if (customer % 4096 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var name = log.Customers[customer];
            if (inScope.Contains(name))
            {
                CustomerCandidates(log, matcher, customer, name, from, end, found);
            }
        }

        return found;
    }

    private void CustomerCandidates(EventLog log, StepMatcher matcher, int customer, string name, long from, long end, List<Candidate> found)
    {
        var range = log.EventsOf(customer);
        var (a, b) = (IndexOf(matcher.StepIds, _t.StepId), IndexOf(matcher.StepIds, _t.UntilStepId));
        var within = TimeSpan.FromSeconds(_t.WithinSeconds ?? 0).Ticks;
        long? due = null;
        for (var i = range.Start.Value; i < range.End.Value; i++)
        {
            var e = log.GetEvent(i);
            var ticks = e.Timestamp?.UtcTicks ?? 0;
            if (ticks < from || ticks >= end)
            {
                continue;
            }

            var at = new DateTime(ticks, DateTimeKind.Utc);
            switch (_t.Kind)
            {
                case RuleKinds.ReachedStep when matcher.StepsOf(i).Contains(a):
                    found.Add(new Candidate(name, at, RuleDetails.Reached(world, _t.StepId!)));
                    break;
                case RuleKinds.Event when e.Activity == _t.Activity && RuleMatch.Holds(_t.Properties, key => e.Properties.GetValueOrDefault(key)):
                    found.Add(new Candidate(name, at, RuleDetails.Event(_t.Activity!)));
                    break;
                case RuleKinds.Stalled:
                    due = Stall(matcher.StepsOf(i), a, b, ticks, within, due, name, found);
                    break;
            }
        }

        if (due is { } d && d <= end)
        {
            found.Add(new Candidate(name, new DateTime(d, DateTimeKind.Utc), RuleDetails.Stalled(world, _t.StepId!, _t.UntilStepId!, _t.WithinSeconds ?? 0)));
        }
    }

    /// <summary>One event of a stall: a due deadline fires first, B in time cancels, A arms when nothing is armed.</summary>
    private long? Stall(IReadOnlyList<int> steps, int a, int b, long ticks, long within, long? due, string name, List<Candidate> found)
    {
        if (due is { } d && ticks >= d)
        {
            found.Add(new Candidate(name, new DateTime(d, DateTimeKind.Utc), RuleDetails.Stalled(world, _t.StepId!, _t.UntilStepId!, _t.WithinSeconds ?? 0)));
            due = null;
        }

        if (due is not null && steps.Contains(b))
        {
            due = null;
        }

        return due is null && steps.Contains(a) ? ticks + within : due;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string? id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -2;
    }

    private static string? Format(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Candidate(string Customer, DateTime At, string Detail);
}
