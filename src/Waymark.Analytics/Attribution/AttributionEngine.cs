using System.Globalization;
using Waymark.Analytics.Attribution.Internals;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Engine.Internals;
using Waymark.Analytics.Events;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Overlay.Internals;

namespace Waymark.Analytics.Attribution;

/// <summary>
/// Credit for a map's outcome by channel or touchpoint (docs/analytics.md, "Attribution"; docs/adr/051-attribution.md):
/// one pass over the customers in scope collects each one's touches before converting, then the models run side by
/// side on what the pass gathered: first touch, last touch, linear, time decay, position based, Markov removal
/// effect (first and second order) and Shapley values.
/// </summary>
public static class AttributionEngine
{
    /// <param name="ct">Stops the pass over the customers between chunks (<see cref="OperationCanceledException"/>).</param>
    public static AttributionResult Compute(EventLog log, in AttributionOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var plan = new OverlayPlan(new OverlayOptions
        {
            Stages = options.Stages, EntryStepId = options.EntryStepId, OutcomeStepId = options.OutcomeStepId,
        });
        if (plan.Funnel.Count > FunnelOptions.MaxSteps)
        {
            throw new ArgumentException($"the map has {plan.Funnel.Count} bound steps from entry to outcome; at most {FunnelOptions.MaxSteps} are followed", nameof(options));
        }

        var funnelSteps = plan.Funnel.Select(i => OverlayEngine.ToFunnelStep(plan.Steps[i])).ToList();
        var spec = funnelSteps.Count == 0 ? null
            : new FunnelSpec(log, new FunnelOptions { Steps = FunnelPadding.AtLeastTwo(funnelSteps), Mode = FunnelMode.Ordered });
        var binder = new TouchBinder(log, options.By, plan.Steps);
        var halfLife = options.HalfLife is { Ticks: > 0 } h ? h : AttributionOptions.DefaultHalfLife;
        var merged = CustomerPass.Run(log, new CompiledFilter(log, options.Filter),
            () => new AttributionVisitor(spec, funnelSteps.Count, binder, halfLife.Ticks), ct);
        return Report(options.By, plan.OutcomeStepId, binder, merged, halfLife);
    }

    private static AttributionResult Report(AttributionDimension by, string? outcome, TouchBinder binder, AttributionVisitor pass, TimeSpan halfLife)
    {
        var notes = new List<string>();
        if (outcome is null)
        {
            notes.Add("The map has no bound step, so it has no outcome: nothing converts.");
        }

        var touched = pass.Conversions - pass.ConversionsWithoutTouch;
        var (states1, effects1) = MarkovModel.RemovalEffects(pass.Markov, 1);
        var (states2, effects2) = MarkovModel.RemovalEffects(pass.Markov, 2);
        var markov1 = MarkovCredits(effects1, touched);
        var markov2 = MarkovCredits(effects2, touched);
        notes.Add(MarkovNote("first", states1, effects1));
        notes.Add(MarkovNote("second", states2, effects2));
        var (shapley, sampled, error) = binder.Count <= 64 ? ShapleyModel.Compute(pass.TouchSets, binder.Count) : ([], null, 0);
        notes.Add(ShapleyNote(binder.Count, sampled, error));
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"Time decay: half-life {halfLife.TotalDays:0.###} days before the conversion."));
        if (pass.ConversionsWithoutTouch > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{pass.ConversionsWithoutTouch} conversions had no touch before them and are credited to no {(by == AttributionDimension.Channel ? "channel" : "touchpoint")}."));
        }

        var players = new List<AttributionPlayer>();
        var h = pass.Heuristics;
        for (var p = 0; p < binder.Count; p++)
        {
            if (pass.Touches[p] == 0)
            {
                continue;
            }

            var credits = new AttributionCredits(h.First[p], h.Last[p], h.Linear[p], h.Decay[p], h.Position[p],
                markov1?[p], markov2?[p], binder.Count <= 64 ? shapley[p] : null);
            players.Add(new AttributionPlayer(binder.Names[p], pass.Touches[p], pass.ConversionsTouched[p], credits, effects1?[p], effects2?[p]));
        }

        return new AttributionResult(by, outcome, pass.Customers, pass.Conversions, pass.ConversionsWithoutTouch, pass.Touches.Sum(),
            players, states1, states2, sampled, error, notes);
    }

    /// <summary>Conversions with a touch, split in proportion to the removal effects.</summary>
    private static double[]? MarkovCredits(double[]? effects, long conversions)
    {
        if (effects is null)
        {
            return null;
        }

        var total = effects.Sum();
        return [.. effects.Select(e => total > 0 ? conversions * e / total : 0)];
    }

    private static string MarkovNote(string order, int states, double[]? effects) => effects is null
        ? string.Create(CultureInfo.InvariantCulture, $"Markov {order} order not computed: {states} states, more than the {MarkovModel.MaxStates} solved exactly.")
        : string.Create(CultureInfo.InvariantCulture, $"Markov {order} order: {states} states, solved exactly.");

    private static string ShapleyNote(int players, int? sampled, double error) => players > 64
        ? "Shapley not computed: more than 64 channels or touchpoints."
        : sampled is { } n
            ? string.Create(CultureInfo.InvariantCulture, $"Sampled Shapley: {n:N0} permutations (seed {ShapleyModel.Seed}), each credit within {error:0.###} conversions of exact.")
            : "Exact Shapley.";
}
