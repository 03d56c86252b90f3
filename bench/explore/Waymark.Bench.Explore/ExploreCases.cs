using System.Globalization;
using System.Text.Json;
using Waymark.Bench.Evidence;

namespace Waymark.Bench.Explore;

/// <summary>
/// The requests the benchmark times (on the evidence bench's map of 9 bound steps) and how each answer is checked
/// against DuckDB's rows for the same figures.
/// </summary>
internal static class ExploreCases
{
    private const string Workspace = "/api/workspaces/demo/explore";
    private const string PathsFrom = "Visited homepage";
    private const int PathsDepth = 5;
    private const int RetentionWeeks = 8;

    public static List<ExploreCase> For(string mapId)
    {
        var steps = string.Join(',', Enumerable.Range(1, BenchMap.Steps.Length).Select(n => $$"""{"stepId":"stp-{{n}}"}"""));
        var funnel = $$"""{"map":"{{mapId}}","steps":[{{steps}}],"mode":"ordered","breakdown":{"by":"channel","limit":5},"over":"week"}""";
        return
        [
            new("funnel builder: 9 map steps, ordered, by channel, per week", $"{Workspace}/funnel", funnel,
                "funnelByChannel", "the ordered best-attempt funnel per channel of the best attempt's first event"),
            new($"paths Sankey: forward from \"{PathsFrom}\", {PathsDepth} columns", $"{Workspace}/paths?startActivity={Uri.EscapeDataString(PathsFrom)}&depth={PathsDepth}&width=6",
                null, "paths", "the customers at each activity k events after the start (its first occurrence)"),
            new("process map: all activities, 100 % coverage, variants", $"{Workspace}/process?activities=100&paths=100",
                null, "flow", "the directly-follows edges (transitions and customers)"),
            new("process map: the map's activities, 80 % / 80 %", $"{Workspace}/process?map={mapId}&activities=80&paths=80", null, null, ""),
            new($"retention: weekly cohorts by first event, {RetentionWeeks} weeks", $"{Workspace}/retention?granularity=week&periods={RetentionWeeks}",
                null, "retention", "weekly cohorts by first event, customers with an event in each later week"),
            new("trends: a map step per week against the period before", $"{Workspace}/trends?map={mapId}&step=stp-6&nextStep=stp-7&granularity=week",
                null, null, ""),
        ];
    }

    public static object PeerQueries() => new Dictionary<string, object>
    {
        ["funnelByChannel"] = new { steps = BenchMap.Steps },
        ["paths"] = new { from = PathsFrom, depth = PathsDepth },
        ["flow"] = new { },
        ["retention"] = new { weeks = RetentionWeeks },
    };

    /// <summary>"yes", or where the two answers differ.</summary>
    public static string Agree(ExploreCase c, JsonElement waymark, JsonElement duck) => c.Peer switch
    {
        "funnelByChannel" => Funnel(waymark, duck),
        "paths" => Paths(waymark, duck),
        "flow" => Flow(waymark, duck),
        "retention" => Retention(waymark, duck),
        _ => "no peer",
    };

    private static string Funnel(JsonElement waymark, JsonElement duck)
    {
        var groups = waymark.GetProperty("breakdown").GetProperty("groups").EnumerateArray()
            .ToDictionary(g => g.GetProperty("key").GetString()!, g => string.Join('/', g.GetProperty("customers").EnumerateArray().Select(v => v.GetInt64())));
        var checkedGroups = 0;
        foreach (var row in duck.EnumerateArray())
        {
            var values = row.EnumerateArray().ToArray();
            var channel = values[0].GetString() ?? "(none)";
            if (!groups.TryGetValue(channel, out var ours))
            {
                continue; // folded into "other" by the limit
            }

            var theirs = string.Join('/', values.Skip(1).Select(Number));
            if (ours != theirs)
            {
                return $"no: {channel} {ours} vs {theirs}";
            }

            checkedGroups++;
        }

        return checkedGroups == 0 ? "no: no group in common" : $"yes ({checkedGroups} channels, 9 steps each)";
    }

    private static string Paths(JsonElement waymark, JsonElement duck)
    {
        var nodes = waymark.GetProperty("series")[0].GetProperty("columns").EnumerateArray()
            .SelectMany(col => col.GetProperty("nodes").EnumerateArray())
            .Where(n => n.GetProperty("kind").GetString() is "activity" or "start")
            .ToDictionary(n => (n.GetProperty("column").GetInt32(), n.GetProperty("label").GetString()!), n => n.GetProperty("customers").GetInt64());
        var compared = 0;
        foreach (var row in duck.EnumerateArray())
        {
            var values = row.EnumerateArray().ToArray();
            var key = ((int)Number(values[0]), values[1].GetString()!);
            if (nodes.TryGetValue(key, out var ours))
            {
                if (ours != Number(values[2]))
                {
                    return $"no: column {key.Item1} {key.Item2} {ours} vs {Number(values[2])}";
                }

                compared++;
            }
        }

        return compared == nodes.Count ? $"yes ({compared} nodes)" : $"no: {nodes.Count - compared} of {nodes.Count} nodes not in DuckDB's answer";
    }

    private static string Flow(JsonElement waymark, JsonElement duck)
    {
        var edges = waymark.GetProperty("edges").EnumerateArray()
            .ToDictionary(e => (e.GetProperty("from").GetString()!, e.GetProperty("to").GetString()!), e => (e.GetProperty("count").GetInt64(), e.GetProperty("customers").GetInt64()));
        var theirs = duck.EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToList();
        foreach (var r in theirs)
        {
            var key = (r[0].GetString()!, r[1].GetString()!);
            if (!edges.TryGetValue(key, out var ours) || ours != (Number(r[2]), Number(r[3])))
            {
                return $"no: {key.Item1} → {key.Item2}";
            }
        }

        return theirs.Count == edges.Count ? $"yes ({edges.Count} edges)" : $"no: {edges.Count} edges vs {theirs.Count}";
    }

    private static string Retention(JsonElement waymark, JsonElement duck)
    {
        // DuckDB has no row for a week nobody returned in: that cell is 0.
        var theirs = duck.EnumerateArray().Select(r => r.EnumerateArray().ToArray())
            .ToDictionary(v => (v[0].GetString()!, (int)Number(v[1])), v => Number(v[2]));
        var compared = 0;
        foreach (var cohort in waymark.GetProperty("cohorts").EnumerateArray())
        {
            foreach (var cell in cohort.GetProperty("cells").EnumerateArray().Where(x => x.GetProperty("state").GetString() != "notYet"))
            {
                var key = (cohort.GetProperty("start").GetString()!, cell.GetProperty("period").GetInt32());
                var ours = cell.GetProperty("customers").GetInt64();
                if (ours != theirs.GetValueOrDefault(key))
                {
                    return $"no: cohort {key.Item1} week {key.Item2}: {ours} vs {theirs.GetValueOrDefault(key)}";
                }

                compared++;
            }
        }

        return $"yes ({compared} cells)";
    }

    private static long Number(JsonElement v) => v.ValueKind == JsonValueKind.String
        ? long.Parse(v.GetString()!, CultureInfo.InvariantCulture)
        : v.GetInt64();
}
