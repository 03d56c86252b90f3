using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Overlay.Internals;
using Waymark.Analytics.WhatIf.Internals;

namespace Waymark.Analytics.WhatIf;

/// <summary>
/// "If this step's conversion rose by N points" or "if this wait fell by T": the projected change of customers
/// reaching the map's outcome, with a bootstrap interval, from the measured journey (docs/adr/055-what-if.md,
/// docs/analytics.md "What-if"). One pass over the customers with the overlay's funnel, so the measured figures are
/// the overlay's.
/// </summary>
public static class WhatIfEngine
{
    /// <summary>Why the question cannot be asked of this map, as (field, message), or null.</summary>
    public static (string Field, string Message)? Problem(in WhatIfOptions options)
    {
        var plan = Plan(options);
        if (plan.Funnel.Count > FunnelOptions.MaxSteps)
        {
            return ("outcomeStepId", $"the map has {plan.Funnel.Count} bound steps from entry to outcome; at most {FunnelOptions.MaxSteps} are followed");
        }

        var stepId = options.StepId;
        var at = plan.Steps.FindIndex(s => s.Id == stepId);
        if (at < 0)
        {
            return ("stepId", "the map has no step with this id");
        }

        var k = plan.Funnel.IndexOf(at);
        return k < 0 ? ("stepId", $"step '{stepId}' is not in the map's funnel (the bound steps from the entry to the outcome)")
            : k == plan.Funnel.Count - 1 ? ("stepId", $"step '{stepId}' is the map's outcome: it has no next step to convert to or wait for")
            : null;
    }

    /// <param name="ct">Stops the pass and the resampling (<see cref="OperationCanceledException"/>).</param>
    public static WhatIfResult Compute(EventLog log, in WhatIfOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (Problem(options) is { } problem)
        {
            throw new ArgumentException(problem.Message, nameof(options));
        }

        var plan = Plan(options);
        var n = plan.Funnel.Count;
        var stepId = options.StepId;
        var k = plan.Funnel.IndexOf(plan.Steps.FindIndex(s => s.Id == stepId));
        var spec = new FunnelSpec(log, new FunnelOptions
        {
            Steps = [.. plan.Funnel.Select(i => OverlayEngine.ToFunnelStep(plan.Steps[i]))], Mode = FunnelMode.Ordered,
        });
        var end = PeriodEnd(log, options.Filter);
        var pass = CustomerPass.Run(log, new CompiledFilter(log, options.Filter), () => new WhatIfVisitor(spec, k, end), ct);
        var records = new JourneyRecords(pass.Levels, pass.Durations);
        var model = new WhatIfModel(records, n, k, options);
        var scratch = model.NewScratch();
        var ones = new int[records.Count];
        Array.Fill(ones, 1);
        var (outcome, change) = model.Evaluate(ones, scratch);
        var step = StepFigures(plan, k, records, scratch.Reached);
        var resamples = records.Count == 0 ? 0 : options.Resamples > 0 ? options.Resamples : WhatIfOptions.DefaultResamples;
        var seed = options.Seed ?? WhatIfOptions.DefaultSeed;
        var (low, high, changeLow, changeHigh) = resamples == 0 ? default : Bootstrap.Interval(model, resamples, seed, ct);
        var notes = WhatIfNotes.Write(options, step, records.Count, resamples, seed, end, log.HasTimestamps);
        return new WhatIfResult(plan.OutcomeStepId, records.Count, (long)outcome, outcome + change, low, high, change, changeLow, changeHigh,
            step, resamples, notes);
    }

    private static OverlayPlan Plan(in WhatIfOptions options) => new(new OverlayOptions
    {
        Stages = options.Stages, EntryStepId = options.EntryStepId, OutcomeStepId = options.OutcomeStepId,
    });

    private static WhatIfStep StepFigures(OverlayPlan plan, int k, JourneyRecords records, double[] reached)
    {
        var waits = new List<long>();
        long waiting = 0;
        for (var r = 0; r < records.Count; r++)
        {
            if (records.Levels[r] > k + 1)
            {
                waits.Add(records.Durations[r]);
            }
            else if (records.Levels[r] == k + 1)
            {
                waiting++;
            }
        }

        var median = waits.Count == 0 ? (double?)null : Quantiles.Summarize(waits.ToArray()).Median.TotalSeconds;
        var conversion = reached[k] > 0 ? WhatIfModel.Conversion(reached, k) : (double?)null;
        return new WhatIfStep(plan.Steps[plan.Funnel[k]].Id, plan.Steps[plan.Funnel[k + 1]].Id, (long)reached[k], conversion, median, waiting);
    }

    /// <summary>
    /// Where the waiting customers' time so far is measured to: the period's end, or the log's last event when that
    /// is earlier (nothing after it has been seen yet).
    /// </summary>
    private static long PeriodEnd(EventLog log, in EventFilter filter)
    {
        var last = long.MinValue;
        for (var c = 0; c < log.CustomerCount; c++)
        {
            var (start, stop) = (log.CustomerStart[c], log.CustomerStart[c + 1]);
            if (stop > start)
            {
                last = Math.Max(last, log.Ticks[stop - 1]);
            }
        }

        return filter.To is { } to ? Math.Min(to.UtcTicks, last) : last;
    }
}
