namespace Waymark.Analytics.Overlay.Internals;

/// <summary>Every step's figures in map order from the funnel run, the visitor counts and the trend buckets.</summary>
internal static class StepFigureBuilder
{
    public static List<StepFigures> Build(OverlayPlan plan, FunnelRun funnel, long[] visitors, long[][] trend, TrendRange range)
    {
        var n = plan.Funnel.Count;
        var dropOffRates = new double?[n];
        var result = new StepFigures[plan.Steps.Count];
        for (var k = 0; k < n; k++)
        {
            var index = plan.Funnel[k];
            var customers = funnel.Customers[k];
            var hasNext = k + 1 < n;
            long? dropOff = hasNext ? customers - funnel.Customers[k + 1] : null;
            dropOffRates[k] = hasNext ? OverlayEngine.Share(dropOff!.Value, customers) ?? 0 : null;
            result[index] = new StepFigures(
                plan.Steps[index].Id, Bound: true, InFunnel: true, customers, visitors[index],
                OverlayEngine.Share(customers, funnel.Customers[0]) ?? 0,
                hasNext ? plan.Steps[plan.Funnel[k + 1]].Id : null,
                hasNext ? OverlayEngine.Share(funnel.Customers[k + 1], customers) ?? 0 : null,
                dropOff, dropOffRates[k], funnel.Median[k], funnel.P90[k],
                Trend(trend[index], range), Loss: 0, Wait: 0);
        }

        var loss = Levels.Rank(dropOffRates);
        var wait = Levels.Rank(funnel.Median);
        for (var k = 0; k < n; k++)
        {
            var index = plan.Funnel[k];
            result[index] = result[index] with { Loss = loss[k], Wait = wait[k] };
        }

        for (var i = 0; i < result.Length; i++)
        {
            var step = plan.Steps[i];
            result[i] ??= new StepFigures(step.Id, step.Bound, InFunnel: false, 0, visitors[i], null, null, null, null, null,
                null, null, step.Bound ? Trend(trend[i], range) : [], 0, 0);
        }

        return [.. result];
    }

    private static List<TrendBucket> Trend(long[]? counts, TrendRange range)
    {
        var buckets = new List<TrendBucket>(range.Count);
        for (var b = 0; b < range.Count; b++)
        {
            buckets.Add(new TrendBucket(range.StartOf(b), counts?[b] ?? 0));
        }

        return buckets;
    }
}
