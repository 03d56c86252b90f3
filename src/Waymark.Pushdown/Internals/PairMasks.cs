using System.Globalization;
using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// Two steps (the first and second of retention or a step trend; null is "any event") as bits 1 and 2 of a per-event
/// UInt64, matched as the engine's StepPair matches them: a step, or any of its alternatives (AnyOf, not followed
/// further), completes on an event of its activities where its property conditions hold (<see cref="StepMasks"/>).
/// </summary>
internal sealed class PairMasks
{
    public PairMasks(FunnelStep? first, FunnelStep? second)
    {
        var forms = new List<FunnelStep>();
        var bits = new ulong[2];
        var steps = new[] { first, second };
        for (var s = 0; s < 2; s++)
        {
            foreach (var form in Forms(steps[s]))
            {
                bits[s] |= 1UL << forms.Count;
                forms.Add(form);
            }
        }

        if (forms.Count > 64)
        {
            throw new NotSupportedException($"Pushdown matches at most 64 step forms (steps and their alternatives); {forms.Count} given.");
        }

        var matched = StepMasks.Of(forms);
        Expression = bits is [1UL, 2UL] ? matched : $"bitOr({Bit(first, matched, bits[0], 1)}, {Bit(second, matched, bits[1], 2)})";
        var activities = forms.SelectMany(f => f.Activities).Distinct(StringComparer.Ordinal).ToList();
        Rows = first is null || second is null ? "" : activities.Count == 0 ? " AND 0" : $" AND activity IN ({StepMasks.Literals(activities)})";
    }

    /// <summary>Per event: bit 1 when it completes the first step, bit 2 the second.</summary>
    public string Expression { get; }

    /// <summary>
    /// A WHERE clause keeping only the events either step may complete ("" when one is any event): dropping the others
    /// changes nothing, as only the positions of these events are compared, never counted among all events.
    /// </summary>
    public string Rows { get; }

    private static IEnumerable<FunnelStep> Forms(FunnelStep? step) => step is null ? []
        : [step with { AnyOf = [], Conditions = step.Conditions ?? [] }, .. (step.AnyOf ?? []).Select(a => a with { AnyOf = [], Conditions = a.Conditions ?? [] })];

    private static string Bit(FunnelStep? step, string matched, ulong forms, ulong bit) =>
        step is null ? $"toUInt64({Number(bit)})" : $"if(bitAnd({matched}, toUInt64({Number(forms)})) != 0, toUInt64({Number(bit)}), toUInt64(0))";

    private static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
