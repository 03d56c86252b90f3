using System.Text;
using Waymark.Analytics.Engine;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A funnel's exclusions as SQL over the attempts of <see cref="FunnelAttempts"/>, by the engine's rules (FunnelMatcher,
/// docs/analytics.md): per event a second mask (<c>m1</c>) has bit a when its activity is excluded after step a (0-based).
/// Ordered: the attempt waiting for step k (after its step k - 1 at P(k-1)) is cut by the first excluded event after
/// that position when it comes before P(k), or, with step k never reached, within the window from the attempt's start.
/// Strict: by the very next event when it is within the window, does not complete step k and is excluded there.
/// AnyOrder: by any excluded event from the attempt's start up to the time of its last step reached (and, when every step
/// is reached, not after the event that completed the last of them: the engine stops reading there).
/// "The first excluded event after p" is looked up as the steps are: d counts them up to each position, E lists them.
/// A cut attempt reaches 0 steps, so it never is the best; a customer whose every attempt is cut is excluded.
/// </summary>
internal sealed class FunnelCuts
{
    private readonly bool[] _after;

    private FunnelCuts(IReadOnlyList<FunnelExclusion> exclusions, int steps)
    {
        _after = new bool[steps - 1];
        var forms = new FunnelStep[steps - 1];
        for (var a = 0; a < forms.Length; a++)
        {
            var activities = exclusions.Where(e => e.AfterStep == a).SelectMany(e => e.Activities).Distinct(StringComparer.Ordinal).ToList();
            forms[a] = new FunnelStep("", activities);
            _after[a] = activities.Count > 0;
        }

        Mask = StepMasks.Of(forms);
        Activities = [.. forms.SelectMany(f => f.Activities).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The per-event mask of the exclusions (bit a: excluded after step a), carried as m1.</summary>
    public string Mask { get; }

    /// <summary>Every excluded activity (the rows Ordered and AnyOrder must read besides the steps').</summary>
    public IReadOnlyList<string> Activities { get; }

    /// <summary>The cuts of a funnel's exclusions, or null without any (the engine checks AfterStep the same way).</summary>
    public static FunnelCuts? Of(in FunnelOptions options)
    {
        if (options.Exclusions is not { Count: > 0 } exclusions)
        {
            return null;
        }

        var steps = options.Steps.Count;
        if (exclusions.FirstOrDefault(e => e.AfterStep < 0 || e.AfterStep >= steps - 1) is { } wrong)
        {
            throw new ArgumentException($"An exclusion sits between two steps: AfterStep must be 0..{steps - 2}; {wrong.AfterStep} given.", nameof(options));
        }

        return new FunnelCuts(exclusions, steps);
    }

    /// <summary>Appends the cut per attempt (X...) and R, the steps reached with cut attempts at 0, after R0 and span.</summary>
    public void Append(StringBuilder sql, int n, FunnelMode mode, long? window)
    {
        var cuts = new List<string>();
        if (mode == FunnelMode.AnyOrder)
        {
            AnyOrder(sql, n);
            cuts.Add("X0");
        }
        else
        {
            for (var k = 2; k <= n; k++)
            {
                if (_after[k - 2])
                {
                    Lookup(sql, $"{k}", Flag(k - 2));
                    sql.Append(",\n  ").Append(mode == FunnelMode.Strict ? Strict(k, window) : Ordered(k, window)).Append($" AS X{k}");
                    cuts.Add($"X{k}");
                }
            }
        }

        if (cuts.Count == 0)
        {
            sql.Append(",\n  R0 AS R");
            return;
        }

        // The cuts read m1 only inside lambdas (captured), and 18.16 then does not read it from the level below
        // ("Unknown identifier: m1"): the first flags go in as one more argument, unused, to keep it read.
        var any = string.Join(" OR ", cuts.Select((_, i) => $"cx{i}"));
        var names = string.Join(", ", cuts.Select((_, i) => $"cx{i}"));
        var read = $"arraySlice(e{cuts[0][1..]}, 1, length(R0))";
        sql.Append($",\n  arrayMap((cr, cz, {names}) -> ({any}) ? 0 : cr, R0, {read}, {string.Join(", ", cuts)}) AS R");
    }

    /// <summary>Whether each event is excluded after step <paramref name="a"/> (0-based), from m1.</summary>
    private static string Flag(int a) => StepMasks.Flag("m", 64 + a);

    private static void Lookup(StringBuilder sql, string name, string flag) =>
        sql.Append($",\n  {flag} AS e{name}, arrayCumSum(e{name}) AS d{name}, arrayFilter((ei{name}, ef{name}) -> ef{name}, arrayEnumerate(t), e{name}) AS E{name}");

    private static string Ordered(int k, long? window)
    {
        var next = $"E{k}[d{k}[xp{k}] + 1]";
        var inWindow = window is { } w ? $"t[{next}] - t[xs{k}] <= {FunnelAttempts.Number(w)}" : "1";
        return $"arrayMap((xs{k}, xp{k}, xq{k}) -> xp{k} != 0 AND {next} != 0 AND (xq{k} != 0 ? {next} < xq{k} : {inWindow}), P1, P{k - 1}, P{k})";
    }

    private static string Strict(int k, long? window)
    {
        var inWindow = window is { } w ? $" AND t[xp{k} + 1] - t[xs{k}] <= {FunnelAttempts.Number(w)}" : "";
        return $"arrayMap((xs{k}, xp{k}, xq{k}) -> xp{k} != 0 AND xq{k} = 0 AND e{k}[xp{k} + 1] != 0{inWindow}, P1, P{k - 1}, P{k})";
    }

    /// <summary>FM, the position completing the last step of each attempt reaching every step; then X0.</summary>
    private static void AnyOrder(StringBuilder sql, int n)
    {
        Lookup(sql, "0", "arrayMap(fxe -> fxe != 0, m1)");
        var greatest = Enumerable.Range(2, n - 1).Aggregate("mf1", (g, k) => $"greatest({g}, mf{k})");
        sql.Append($",\n  arrayMap(({FunnelAttempts.List("mf", n)}) -> {greatest}, {FunnelAttempts.List("F", n)}) AS FM");
        var next = "E0[d0[xs0 - 1] + 1]";
        sql.Append($",\n  arrayMap((xs0, xr0, xw0, xm0) -> xr0 > 0 AND {next} != 0 AND t[{next}] - t[xs0] <= xw0 AND (xr0 < {n} OR {next} <= xm0), S, R0, span, FM) AS X0");
    }
}
