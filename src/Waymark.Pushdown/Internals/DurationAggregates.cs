using System.Globalization;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A <see cref="Waymark.Analytics.Engine.DurationSummary"/> as aggregate functions over rows (the columns
/// <see cref="DurationSql.Read"/> reads), where <see cref="DurationSql"/> sorts one array per group. The nearest-rank
/// quantile is the element at 0-based index <c>ceil(n * q) - 1</c> (the engine's); <c>quantilesExact(q)</c> selects
/// (nth_element, no sort) the one at <c>floor(n * q)</c>, the same unless <c>n * q</c> is a whole number, when level
/// <c>q - 1e-12</c> selects index <c>n * q - 1</c> (exact for n below 10^11). Both are selected and the row picks by
/// <c>n * q</c> in the same IEEE double arithmetic as the engine's.
/// </summary>
internal static class DurationAggregates
{
    private const string Half = "4294967296";

    /// <summary>Seven columns over the Int64 <paramref name="value"/> of the rows where <paramref name="condition"/>
    /// holds; <paramref name="name"/> prefixes the aliases (unique per query).</summary>
    public static string Of(string value, string condition, string name) =>
        $"countIf({condition}) AS {name}_n, sumIf(intDiv({value}, {Half}), {condition}), sumIf({value} % {Half}, {condition}), " +
        $"minIf({value}, {condition}), maxIf({value}, {condition}), " +
        $"if({name}_n * 0.5 = floor({name}_n * 0.5), (quantilesExactIf({Levels})({value}, {condition}) AS {name}_q)[2], {name}_q[1]), " +
        $"if({name}_n * 0.9 = floor({name}_n * 0.9), {name}_q[4], {name}_q[3])";

    /// <summary>The nearest-rank median of <paramref name="value"/> over a group, alone.</summary>
    public static string Median(string value, string name) =>
        $"if(count() * 0.5 = floor(count() * 0.5), (quantilesExact(0.5, {Below(0.5)})({value}) AS {name}_q)[2], {name}_q[1])";

    private static string Levels => $"0.5, {Below(0.5)}, 0.9, {Below(0.9)}";

    private static string Below(double q) => (q - 1e-12).ToString("R", CultureInfo.InvariantCulture);
}
