using System.Globalization;
using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A customer's funnel attempts as SQL aliases, inside the SELECT that groups by customer_id (docs/adr/060): S holds
/// the positions of the events that start an attempt, T1..Tn per attempt the time each step is done (valid up to the
/// steps reached), R the steps reached. The rules are the engine's (docs/analytics.md, FunnelMatcher), by position in
/// time-then-seq order:
/// Ordered, each next step at the first later event completing it within the window from the start;
/// Strict, at the very next event when it completes the step within the window (else the attempt stops);
/// AnyOrder, attempts start at any step's event, each step counts at its first event from the start within the window,
/// step k is reached when steps 1..k all are, at the latest of their times.
/// </summary>
internal static class FunnelAttempts
{
    public static void Append(StringBuilder sql, IReadOnlyList<IReadOnlyList<string>> steps, FunnelMode mode, long? window) =>
        Append(sql, [.. steps.Select(Flags)], mode, window);

    /// <summary>The attempts over steps given as <paramref name="flags"/>: per step, an expression of a customer's
    /// array (in the order of <c>t</c>) of whether each event completes it.</summary>
    public static void Append(StringBuilder sql, IReadOnlyList<string> flags, FunnelMode mode, long? window)
    {
        var n = flags.Count;
        for (var k = 1; k <= n; k++)
        {
            sql.Append($",\n  {flags[k - 1]} AS f{k}");
        }

        if (mode == FunnelMode.AnyOrder)
        {
            AnyOrder(sql, n, window);
            return;
        }

        sql.Append(",\n  arrayFilter((i, f) -> f, arrayEnumerate(t), f1) AS S, S AS P1");
        for (var k = 2; k <= n; k++)
        {
            sql.Append(",\n  ").Append(mode == FunnelMode.Strict ? StrictStep(k, window) : OrderedStep(k, window)).Append($" AS P{k}");
        }

        for (var k = 1; k <= n; k++)
        {
            sql.Append($",\n  arrayMap(p -> t[p], P{k}) AS T{k}");
        }

        var reached = string.Concat(Enumerable.Range(2, n - 1).Select(k => $" + (p{k} != 0)"));
        sql.Append($",\n  arrayMap(({List("p", n)}) -> 1{reached}, {List("P", n)}) AS R");
    }

    private static void AnyOrder(StringBuilder sql, int n, long? window)
    {
        // The flags go in as arguments, not captured: 18.16 misses columns that only a lambda captures when it
        // works out which columns to read (and lambda parameters never share a name with an alias: cyclic aliases).
        var any = string.Join(" OR ", Enumerable.Range(1, n).Select(k => $"h{k}"));
        sql.Append($",\n  arrayFilter((i, {List("h", n)}) -> {any}, arrayEnumerate(t), {List("f", n)}) AS S");
        var inWindow = window is { } w ? " AND x - t[s] <= " + w.ToString(CultureInfo.InvariantCulture) : "";
        for (var k = 1; k <= n; k++)
        {
            sql.Append($",\n  arrayMap(s -> arrayFirstIndex((f, x, j) -> f AND j >= s{inWindow}, f{k}, t, arrayEnumerate(t)), S) AS F{k}");
        }

        sql.Append(",\n  arrayMap(p -> t[p], F1) AS T1");
        for (var k = 2; k <= n; k++)
        {
            sql.Append($",\n  arrayMap((u, p) -> greatest(u, t[p]), T{k - 1}, F{k}) AS T{k}");
        }

        var reached = string.Join(", ", Enumerable.Range(1, n).Select(k => $"p{k} = 0, {k - 1}"));
        sql.Append($",\n  arrayMap(({List("p", n)}) -> multiIf({reached}, {n}), {List("F", n)}) AS R");
    }

    private static string OrderedStep(int k, long? window)
    {
        var inWindow = window is { } w ? " AND x - t[p1] <= " + w.ToString(CultureInfo.InvariantCulture) : "";
        return $"arrayMap((p1, p) -> p = 0 ? 0 : arrayFirstIndex((f, x, k) -> f AND k > p{inWindow}, f{k}, t, arrayEnumerate(t)), P1, P{k - 1})";
    }

    /// <summary>Past the end of the arrays f{k}[i] is 0, so the attempt stops there.</summary>
    private static string StrictStep(int k, long? window)
    {
        var inWindow = window is { } w ? " AND t[p + 1] - t[p1] <= " + w.ToString(CultureInfo.InvariantCulture) : "";
        return $"arrayMap((p1, p) -> p != 0 AND f{k}[p + 1]{inWindow} ? p + 1 : 0, P1, P{k - 1})";
    }

    /// <summary>Per event, whether it completes the step (one of its activities).</summary>
    private static string Flags(IReadOnlyList<string> activities) => activities.Count == 0
        ? "arrayMap(x -> 0, a)"
        : $"arrayMap(x -> has([{string.Join(", ", activities.Select(ClickHouseText.Literal))}], x), a)";

    public static string List(string prefix, int n) => string.Join(", ", Enumerable.Range(1, n).Select(k => $"{prefix}{k}"));
}
