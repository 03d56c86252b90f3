using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// Per event (one row of <c>events</c>), which of up to 64 steps it completes, as a UInt64 bit mask: bit j when its
/// activity is one of step j's (or of one of its alternatives) and every one of that form's property conditions holds on its properties (the engine's
/// FunnelSpec: unconditional steps looked up by activity with <c>transform</c>, conditional ones checked per event).
/// </summary>
internal static class StepMasks
{
    /// <summary>A JSON string token (quotes included) in the stored properties text.</summary>
    private const string StringToken = "\"(?:[^\"\\\\]|\\\\.)*\"";

    /// <summary>
    /// The stored properties (a JSON object of strings, as ingestion and uploads write it) as an array of its names
    /// and values in text order, unescaped: each string token is read back by <c>visitParamExtractString</c> from a
    /// one-member object, since 18.16 has no JSONExtract.
    /// </summary>
    private static readonly string Tokens =
        $"arrayMap(tok -> visitParamExtractString(concat('{{\"v\":', tok, '}}'), 'v'), extractAll(ifNull(properties, ''), {ClickHouseText.Literal(StringToken)}))";

    /// <summary>The mask expression over the steps (at most 64), each given as activities and conditions.</summary>
    public static string Of(IReadOnlyList<FunnelStep> steps)
    {
        if (steps.Count > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), "A mask holds 64 steps.");
        }

        var plain = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var parts = new List<string>();
        for (var j = 0; j < steps.Count; j++)
        {
            // A step's alternatives (AnyOf, not followed further) complete it too, as the engine's FunnelSpec marks them.
            foreach (var form in (FunnelStep[])[steps[j], .. steps[j].AnyOf ?? []])
            {
                Mark(form, 1UL << j, plain, parts);
            }
        }

        if (plain.Count > 0)
        {
            var values = string.Join(", ", plain.Values.Select(Bit));
            parts.Insert(0, $"transform(activity, [{Literals(plain.Keys)}], [{values}], toUInt64(0))");
        }

        return parts.Count == 0 ? "toUInt64(0)" : parts.Aggregate((x, y) => $"bitOr({x}, {y})");
    }

    private static void Mark(FunnelStep form, ulong bit, Dictionary<string, ulong> plain, List<string> parts)
    {
        var conditions = form.Conditions ?? [];
        if (conditions.Count == 0)
        {
            foreach (var activity in form.Activities)
            {
                plain[activity] = plain.GetValueOrDefault(activity) | bit;
            }
        }
        else if (form.Activities.Count > 0)
        {
            var holds = string.Concat(conditions.Select(c => " AND " + Holds(c)));
            parts.Add($"if(activity IN ({Literals(form.Activities)}){holds}, {Bit(bit)}, toUInt64(0))");
        }
    }

    /// <summary>Whether bit <paramref name="j"/> is set in <paramref name="mask"/> (an expression).</summary>
    public static string Has(string mask, int j) => $"bitAnd({mask}, {Bit(1UL << j)}) != 0";

    /// <summary>Per event of a customer's mask arrays m0, m1, ... whether it completes step <paramref name="j"/>.</summary>
    public static string Flag(string arrays, int j) => $"arrayMap(fx{j} -> {Has($"fx{j}", j % 64)}, {arrays}{j / 64})";

    public static string Literals(IEnumerable<string> values) => string.Join(", ", values.Select(ClickHouseText.Literal));

    /// <summary>
    /// The event's property <c>Key</c> equals <c>Value</c>: the first member of that name (names sit at odd
    /// positions of the tokens) has the value; a missing member never equals, also not an empty value.
    /// </summary>
    private static string Holds(PropertyCondition condition)
    {
        var at = $"arrayFirstIndex((pk, pi) -> pi % 2 = 1 AND pk = {ClickHouseText.Literal(condition.Key)}, {Tokens}, arrayEnumerate({Tokens}))";
        return $"({at} > 0 AND {Tokens}[{at} + 1] = {ClickHouseText.Literal(condition.Value ?? "")})";
    }

    private static string Bit(ulong bit) => $"toUInt64({bit.ToString(CultureInfo.InvariantCulture)})";
}
