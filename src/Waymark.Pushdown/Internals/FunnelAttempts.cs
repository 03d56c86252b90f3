using System.Globalization;
using System.Text;
using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A customer's funnel attempts as SQL columns of the level above the one that groups by customer (docs/adr/060,
/// docs/adr/069), reading its <c>t</c> (times) and the step flags over its masks: S holds the positions of the events
/// that start an attempt, P1..Pn per attempt the position each step is done at (0 once the attempt stops), T1..Tn the
/// times, R the steps reached and span the time from the start to the last step reached. The rules are the engine's
/// (docs/analytics.md, FunnelMatcher), by position in time-then-seq order:
/// Ordered, each next step at the first later event completing it within the window from the start;
/// Strict, at the very next event when it completes the step within the window (else the attempt stops);
/// AnyOrder, attempts start at any step's event, each step counts at its first event from the start within the window,
/// step k is reached when steps 1..k all are, at the latest of their times.
/// "The first event completing step k after position p" is looked up, not searched: ck counts step k's events up to
/// each position and Ok lists their positions, so it is Ok[ck[p] + 1] (0 past the end), once per attempt and step.
/// Lambda parameters are unique in the query: 18.16 binds an alias expanded inside a lambda to that lambda's
/// parameters when the names are the same.
/// </summary>
internal static class FunnelAttempts
{
    /// <summary>Appends the columns to a SELECT list that already holds <c>t</c>; <paramref name="flags"/> are per
    /// step an expression of a customer's array (in the order of <c>t</c>) of whether each event completes it.</summary>
    /// <param name="cuts">The funnel's exclusions (null: none): the steps reached are then R0, and R is 0 for an attempt
    /// they cut (<see cref="FunnelCuts"/>).</param>
    public static void Append(StringBuilder sql, IReadOnlyList<string> flags, FunnelMode mode, long? window, FunnelCuts? cuts = null)
    {
        var n = flags.Count;
        var reach = cuts is null ? "R" : "R0";
        for (var k = 1; k <= n; k++)
        {
            sql.Append($",\n  {flags[k - 1]} AS f{k}");
            if (mode != FunnelMode.Strict)
            {
                sql.Append($",\n  arrayCumSum(f{k}) AS c{k}, arrayFilter((oi{k}, of{k}) -> of{k}, arrayEnumerate(t), f{k}) AS O{k}");
            }
        }

        if (mode == FunnelMode.AnyOrder)
        {
            AnyOrder(sql, n, window, reach);
        }
        else
        {
            sql.Append(",\n  arrayFilter((si, sf) -> sf, arrayEnumerate(t), f1) AS S, S AS P1");
            for (var k = 2; k <= n; k++)
            {
                sql.Append(",\n  ").Append(mode == FunnelMode.Strict ? StrictStep(k, window) : OrderedStep(k, window)).Append($" AS P{k}");
            }

            for (var k = 1; k <= n; k++)
            {
                sql.Append($",\n  arrayMap(tp{k} -> t[tp{k}], P{k}) AS T{k}");
            }

            var reached = string.Concat(Enumerable.Range(2, n - 1).Select(k => $" + (rp{k} != 0)"));
            sql.Append($",\n  arrayMap(({List("rp", n)}) -> 1{reached}, {List("P", n)}) AS {reach}");
        }

        var last = n == 1 ? "sx1" : $"multiIf({string.Join(", ", Enumerable.Range(2, n - 1).Reverse().Select(k => $"sr = {k}, sx{k}"))}, sx1)";
        sql.Append($",\n  arrayMap((sr, ss, {List("sx", n)}) -> {last} - t[ss], {reach}, S, {List("T", n)}) AS span");
        cuts?.Append(sql, n, mode, window);
    }

    private static void AnyOrder(StringBuilder sql, int n, long? window, string reach)
    {
        // The flags go in as arguments, not captured: 18.16 misses columns that only a lambda captures when it
        // works out which columns to read.
        var any = string.Join(" OR ", Enumerable.Range(1, n).Select(k => $"h{k}"));
        sql.Append($",\n  arrayFilter((ai, {List("h", n)}) -> {any}, arrayEnumerate(t), {List("f", n)}) AS S");
        for (var k = 1; k <= n; k++)
        {
            var first = $"arrayMap(as{k} -> O{k}[c{k}[as{k} - 1] + 1], S)";
            sql.Append(",\n  ").Append(InWindow(k, "S", first, window)).Append($" AS F{k}");
        }

        sql.Append(",\n  arrayMap(tp1 -> t[tp1], F1) AS T1");
        for (var k = 2; k <= n; k++)
        {
            sql.Append($",\n  arrayMap((tu{k}, tp{k}) -> greatest(tu{k}, t[tp{k}]), T{k - 1}, F{k}) AS T{k}");
        }

        var reached = string.Join(", ", Enumerable.Range(1, n).Select(k => $"rp{k} = 0, {k - 1}"));
        sql.Append($",\n  arrayMap(({List("rp", n)}) -> multiIf({reached}, {n}), {List("F", n)}) AS {reach}");
    }

    private static string OrderedStep(int k, long? window) =>
        InWindow(k, "P1", $"arrayMap(np{k} -> np{k} = 0 ? 0 : O{k}[c{k}[np{k}] + 1], P{k - 1})", window);

    /// <summary>The positions <paramref name="next"/> kept where within the window from the attempt's start (the
    /// first event completing the step is the earliest, so when it is outside the window every later one is too).</summary>
    private static string InWindow(int k, string starts, string next, long? window) => window is { } w
        ? $"arrayMap((ws{k}, wq{k}) -> wq{k} != 0 AND t[wq{k}] - t[ws{k}] <= {Number(w)} ? wq{k} : 0, {starts}, {next})"
        : next;

    /// <summary>Past the end of the arrays f{k}[i] is 0, so the attempt stops there.</summary>
    private static string StrictStep(int k, long? window)
    {
        var inWindow = window is { } w ? $" AND t[sp{k} + 1] - t[s1{k}] <= {Number(w)}" : "";
        return $"arrayMap((s1{k}, sp{k}) -> sp{k} != 0 AND f{k}[sp{k} + 1]{inWindow} ? sp{k} + 1 : 0, P1, P{k - 1})";
    }

    internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string List(string prefix, int n) => string.Join(", ", Enumerable.Range(1, n).Select(k => $"{prefix}{k}"));
}
