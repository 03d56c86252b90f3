using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Waymark.Analytics.Overlay;
using Waymark.Testing;

namespace Waymark.Bench.ClickHouse;

/// <summary>
/// DuckDB on the same data: the source's rows exported from ClickHouse as CSV (time in microseconds, the store's seq
/// for ties), loaded by DuckDB's npm package in bench/peers/duckdb/clickhouse.mjs, which times each case's SQL.
/// </summary>
internal static class DuckDbPeer
{
    public sealed record Answer(double ExportSeconds, long CsvBytes, double LoadMs, long PeakResidentBytes, Dictionary<string, (double Ms, List<string> Figures)> Cases);

    public static async Task<Answer> RunAsync(ClickHouseTarget target, string sourceId, int repeats)
    {
        var csv = Path.Combine(Path.GetTempPath(), "waymark-bench-duckdb-" + Guid.NewGuid().ToString("N") + ".csv");
        var spec = csv + ".json";
        try
        {
            var watch = Stopwatch.StartNew();
            await ClickHouseQuery.ToFileAsync(target.Url,
                "SELECT customer_id AS cid, intDiv(ticks, 10) AS t, activity, seq FROM events WHERE workspace_id = 'demo' AND source_id = '"
                + SourceIds.Checked(sourceId) + "' FORMAT CSVWithNames", csv);
            var export = watch.Elapsed.TotalSeconds;
            var size = new FileInfo(csv).Length;
            Console.WriteLine($"[duckdb] exported {size / 1e6:N0} MB of CSV from ClickHouse in {export:F1} s");
            await File.WriteAllTextAsync(spec, JsonSerializer.Serialize(new
            {
                csv,
                overlaySteps = BenchCases.Overlay.Stages.SelectMany(s => s.Steps).SelectMany(s => s.Activities).ToArray(),
                funnel = new { steps = BenchCases.FunnelSteps, windowUs = BenchCases.FunnelWindow.Ticks / 10 },
                repeat = repeats,
                memoryLimit = "12GB",
            }));
            using var document = JsonDocument.Parse(await RunNodeAsync(spec));
            var root = document.RootElement;
            var queries = root.GetProperty("queries");
            var cases = new Dictionary<string, (double, List<string>)>
            {
                ["overlay"] = Read(queries, "overlay", rows => Counts(rows, StepIds(BenchCases.Overlay))),
                ["funnel"] = Read(queries, "funnel", rows => Counts(rows, BenchCases.FunnelSteps)),
                ["flow"] = Read(queries, "flow", Edges),
            };
            return new Answer(export, size, root.GetProperty("loadMs").GetDouble(), (long)root.GetProperty("maxRssBytes").GetDouble(), cases);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(spec);
        }
    }

    private static async Task<string> RunNodeAsync(string spec)
    {
        var info = new ProcessStartInfo("node", ["clickhouse.mjs", spec])
        {
            WorkingDirectory = RepoPaths.Combine("bench", "peers", "duckdb"),
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException("DuckDB run failed: exit " + process.ExitCode);
    }

    private static (double, List<string>) Read(JsonElement queries, string name, Func<JsonElement[][], List<string>> figures)
    {
        var query = queries.GetProperty(name);
        var rows = query.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        return (query.GetProperty("ms").GetDouble(), figures(rows));
    }

    private static string[] StepIds(OverlayOptions overlay) => [.. overlay.Stages.SelectMany(s => s.Steps).Select(s => s.Id)];

    private static List<string> Counts(JsonElement[][] rows, string[] names) =>
        [.. names.Select((name, k) => $"{name}: {Number(rows[0][k])}")];

    private static List<string> Edges(JsonElement[][] rows) =>
        [.. rows.Select(r => BenchCases.Edge(r[0].GetString()!, r[1].GetString()!, Number(r[2]), Number(r[3]),
            [Number(r[5]), Number(r[6]), Number(r[7]), Number(r[8])])).Order(StringComparer.Ordinal)];

    private static long Number(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture)
        : value.GetInt64();
}
