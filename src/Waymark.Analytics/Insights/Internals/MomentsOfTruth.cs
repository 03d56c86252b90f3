using Waymark.Analytics.Feedback.Internals;
using static Waymark.Analytics.Insights.Internals.InsightContext;

namespace Waymark.Analytics.Insights.Internals;

/// <summary>
/// Steps where a bad experience changes the outcome: per step, the customers (in scope) whose feedback there is
/// negative against those whose feedback is positive, the outcome rate of each, and the 95% Newcombe interval
/// of the difference (positive − negative). Only steps with <see cref="MinCustomers"/> on both sides whose
/// interval lies above zero; ranked by the interval's lower end, so a large sure difference comes first.
/// </summary>
internal static class MomentsOfTruth
{
    public const int MinCustomers = 10;

    public static IEnumerable<Finding> Find(InsightContext c)
    {
        if (c.OutcomeStep < 0)
        {
            yield break;
        }

        for (var step = 0; step < c.Set.StepIds.Count; step++)
        {
            if (step != c.OutcomeStep && At(c, step) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static Finding? At(InsightContext c, int step)
    {
        var polarity = new Dictionary<int, int>();
        foreach (var i in c.Set.ByStep[step])
        {
            var customer = c.Set.CustomerOf[i];
            if (c.InScope(customer))
            {
                var p = c.PolarityOf(i);
                polarity[customer] = polarity.TryGetValue(customer, out var seen) ? (seen < 0 || p < 0 ? -1 : Math.Max(seen, p)) : p;
            }
        }

        var negative = polarity.Where(p => p.Value < 0).Select(p => p.Key).ToList();
        var positive = polarity.Where(p => p.Value > 0).Select(p => p.Key).ToList();
        if (negative.Count < MinCustomers || positive.Count < MinCustomers)
        {
            return null;
        }

        long negativeReached = negative.Count(c.Reached);
        long positiveReached = positive.Count(c.Reached);
        var negativeRate = (double)negativeReached / negative.Count;
        var positiveRate = (double)positiveReached / positive.Count;
        var difference = positiveRate - negativeRate;
        if (difference <= 0)
        {
            return null;
        }

        var (low, high) = ProportionInterval.NewcombeDifference(positiveReached, positive.Count, negativeReached, negative.Count);
        if (low <= 0)
        {
            return null;
        }

        var stepId = c.Set.StepIds[step];
        var name = c.Name(stepId);
        var detail = $"{Percent(negativeRate)} of the {Count(negative.Count)} customers with negative feedback at {name} reached {c.OutcomeName}, " +
            $"against {Percent(positiveRate)} of the {Count(positive.Count)} with positive feedback (95% interval of the difference: {Points(low)} to {Points(high)} points).";
        var lost = (long)Math.Round(negative.Count * difference);
        return new Finding($"moment-{stepId}", FindingKinds.MomentOfTruth, stepId, [stepId],
            $"Unhappy customers at {name} reach {c.OutcomeName} {Points(difference)} points less often", detail,
            negative.Count, lost, Math.Round(low, 6),
            new FindingEvidence
            {
                NegativeCustomers = negative.Count, NegativeOutcomeRate = Math.Round(negativeRate, 6),
                PositiveCustomers = positive.Count, PositiveOutcomeRate = Math.Round(positiveRate, 6),
                Difference = Math.Round(difference, 6), CiLow = Math.Round(low, 6), CiHigh = Math.Round(high, 6),
                Quotes = Quotes.Pick(c.Set, c.Set.ByStep[step].Where(i => c.PolarityOf(i) < 0), direction: -1),
            });
    }
}
