using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A funnel's per-customer levels (docs/adr/069, 076): (1) the customer's events as step masks (and exclusion masks, and
/// channels for a channel breakdown) grouped by customer, finished per shard on a cluster; (2) the attempts
/// (<see cref="FunnelAttempts"/>, cut by <see cref="FunnelCuts"/>); (3) the best attempt, one row per customer with
/// attempts: <c>customer_id</c>, <c>r</c> (steps reached, 0: excluded), the gaps g2..gn, <c>conv</c>, <c>st</c> (the
/// best attempt's first step time, the engine's BestTimes[0]) and <c>ls</c> (its last step's time), and with a breakdown
/// <c>grp</c>: 'n' for no value, else 'v' and the value (an attribute's last write; the channel of the event that started
/// the best attempt, or the first attempt for an excluded customer, '' being none).
/// </summary>
internal sealed class FunnelLevels
{
    public FunnelLevels(string source, string where, in FunnelOptions options)
    {
        var steps = FunnelSupport.Steps(options);
        Steps = steps.Count;
        var cuts = FunnelCuts.Of(options);
        string[] masks = cuts is null ? [StepMasks.Of(steps)] : [StepMasks.Of(steps), cuts.Mask];
        var activities = FunnelSupport.Activities(steps).Concat(cuts?.Activities ?? []).Distinct(StringComparer.Ordinal).ToList();
        var breakdown = options.Breakdown;
        var channel = breakdown.Kind == BreakdownKind.FirstStepChannel;
        Grouped = breakdown.Kind != BreakdownKind.None;
        Limit = breakdown.EffectiveLimit;

        // Ordered and AnyOrder attempts move only on step (and excluded) events, so only those are read; Strict needs
        // every event (another event in between stops the attempt).
        var rows = options.Mode == FunnelMode.Strict || activities.Count == 0 ? "" : $" AND activity IN ({StepMasks.Literals(activities)})";
        var customers = $"{PushdownScope.CustomerMasks(masks, channel ? "ifNull(channel, '')" : null, customer: true)}\nFROM events WHERE {where}{rows} GROUP BY customer_id";
        var attempts = new StringBuilder(channel ? "SELECT customer_id, t, x" : "SELECT customer_id, t");
        FunnelAttempts.Append(attempts, [.. Enumerable.Range(0, Steps).Select(k => StepMasks.Flag("m", k))], options.Mode, options.Window?.Ticks, cuts);

        var n = Steps;
        var best = new StringBuilder("SELECT customer_id, R");
        FunnelQuery.AppendBest(best, n);
        best.Append($",\n  T{n}[b] - T1[b] AS conv, T1[b] AS st, span[b] + t[S[b]] AS ls");
        var join = "";
        if (breakdown.Kind == BreakdownKind.Attribute && breakdown.AttributeKey is { } key)
        {
            best.Append(",\n  if(bh = 1, concat('v', bv), 'n') AS grp");
            join = $" ANY LEFT JOIN (SELECT customer_id, toUInt8(1) AS bh, argMax(value, seq) AS bv FROM customer_attributes WHERE {source}" +
                $" AND key = {ClickHouseText.Literal(key)} GROUP BY customer_id) USING customer_id";
        }
        else if (channel)
        {
            const string Started = "x[if(r > 0, S[b], S[1])]";
            best.Append($",\n  if({Started} = '', 'n', concat('v', {Started})) AS grp");
        }
        else if (Grouped)
        {
            best.Append(",\n  'n' AS grp"); // an attribute breakdown without a key: nobody has a value
        }

        Sql = $"{best}\nFROM (\n{attempts}\nFROM (\n{customers}\n)\n){join} WHERE length(R) > 0";
    }

    public int Steps { get; }

    /// <summary>Whether the rows carry <c>grp</c> (the funnel has a breakdown).</summary>
    public bool Grouped { get; }

    /// <summary>The breakdown's number of groups shown (the rest are "other").</summary>
    public int Limit { get; }

    /// <summary>The third level: one row per customer with attempts.</summary>
    public string Sql { get; }

    /// <summary>The engine's name of a group key: "(none)" or the value.</summary>
    public static string NameOf(string key) => key == "n" ? FunnelBreakdown.NoneGroup : key[1..];
}
