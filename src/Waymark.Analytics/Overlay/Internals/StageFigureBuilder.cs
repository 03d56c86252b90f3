namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// Stage roll-ups read off the step funnel (docs/analytics.md, "Figures"): a stage's customers are those who reached
/// its first in-funnel step in the map's order, so a stage never counts a customer its steps do not. What a stage
/// loses is what its steps lose on the way to the next stage's first step (the sum of their drop-offs), its wait is
/// the wait before its first step, and shares are of the entrants.
/// </summary>
internal static class StageFigureBuilder
{
    public static List<StageFigures> Build(OverlayPlan plan, in OverlayOptions options, FunnelRun run)
    {
        // The position in the step funnel of each stage's first in-funnel step, stages in order.
        var firsts = new List<(int Stage, int K)>();
        for (var k = 0; k < plan.Funnel.Count; k++)
        {
            var stage = plan.StageOf[plan.Funnel[k]];
            if (firsts.Count == 0 || firsts[^1].Stage != stage)
            {
                firsts.Add((stage, k));
            }
        }

        var n = firsts.Count;
        var rates = new double?[n];
        var waits = new double?[n];
        var figures = new StageFigures[n];
        var entrants = n > 0 ? run.Customers[0] : 0;
        for (var m = 0; m < n; m++)
        {
            var k = firsts[m].K;
            var customers = run.Customers[k];
            var hasNext = m + 1 < n;
            long? next = hasNext ? run.Customers[firsts[m + 1].K] : null;
            long? dropOff = customers - next;
            rates[m] = hasNext ? OverlayEngine.Share(dropOff!.Value, customers) ?? 0 : null;
            waits[m] = run.Median[k];
            figures[m] = new StageFigures(options.Stages[firsts[m].Stage].Id, Bound: true, customers,
                OverlayEngine.Share(customers, entrants) ?? 0,
                hasNext ? OverlayEngine.Share(next!.Value, customers) ?? 0 : null,
                dropOff, rates[m], run.Median[k], run.P90[k], 0, 0);
        }

        return Place(plan, options, firsts, figures, Levels.Rank(rates), Levels.Rank(waits));
    }

    private static List<StageFigures> Place(OverlayPlan plan, in OverlayOptions options, List<(int Stage, int K)> firsts,
        StageFigures[] figures, int[] loss, int[] wait)
    {
        var result = new List<StageFigures>(options.Stages.Count);
        for (var s = 0; s < options.Stages.Count; s++)
        {
            var m = firsts.FindIndex(f => f.Stage == s);
            var bound = Enumerable.Range(0, plan.Steps.Count).Any(i => plan.StageOf[i] == s && plan.Steps[i].Bound);
            result.Add(m >= 0
                ? figures[m] with { Loss = loss[m], Wait = wait[m] }
                : new StageFigures(options.Stages[s].Id, bound, 0, null, null, null, null, null, null, 0, 0));
        }

        return result;
    }
}
