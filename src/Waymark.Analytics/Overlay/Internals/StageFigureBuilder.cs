using Waymark.Analytics.Engine;

namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// Stage rollups: an Ordered funnel whose steps are the stages holding in-funnel steps (a stage is reached by any of
/// them). Shares are of the customers reaching the first such stage.
/// </summary>
internal static class StageFigureBuilder
{
    public static List<StageFigures> Build(OverlayPlan plan, in OverlayOptions options, List<(int Stage, FunnelStep Step)> funnel, FunnelRun run)
    {
        var n = funnel.Count;
        var rates = new double?[n];
        var figures = new StageFigures[n];
        for (var m = 0; m < n; m++)
        {
            var customers = run.Customers[m];
            var hasNext = m + 1 < n;
            long? dropOff = hasNext ? customers - run.Customers[m + 1] : null;
            rates[m] = hasNext ? OverlayEngine.Share(dropOff!.Value, customers) ?? 0 : null;
            figures[m] = new StageFigures(options.Stages[funnel[m].Stage].Id, Bound: true, customers,
                OverlayEngine.Share(customers, run.Customers[0]) ?? 0,
                hasNext ? OverlayEngine.Share(run.Customers[m + 1], customers) ?? 0 : null,
                dropOff, rates[m], run.Median[m], run.P90[m], 0, 0);
        }

        var loss = Levels.Rank(rates);
        var wait = Levels.Rank(run.Median);
        var result = new List<StageFigures>(options.Stages.Count);
        for (var s = 0; s < options.Stages.Count; s++)
        {
            var m = funnel.FindIndex(f => f.Stage == s);
            var bound = Enumerable.Range(0, plan.Steps.Count).Any(i => plan.StageOf[i] == s && plan.Steps[i].Bound);
            result.Add(m >= 0
                ? figures[m] with { Loss = loss[m], Wait = wait[m] }
                : new StageFigures(options.Stages[s].Id, bound, 0, null, null, null, null, null, null, 0, 0));
        }

        return result;
    }
}
