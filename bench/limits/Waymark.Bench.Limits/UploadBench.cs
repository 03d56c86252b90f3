using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Waymark.Bench.Limits;

/// <summary>
/// Gzip bombs through the upload endpoints of an empty workspace: a CSV of 38,000,000 identical event rows (988 MB of
/// text in about 2.4 MB of gzip), one and three at once, and a feedback file of the same kind, each on a fresh server
/// with a small workspace; the answer, the time and the server's peak resident memory over what it held before.
/// </summary>
internal static class UploadBench
{
    private const long BombRows = 38_000_000;

    public sealed record Row(string Scenario, double CompressedMb, string Answers, double Seconds, double GrowthMb, double SettledGrowthMb);

    /// <summary>Each scenario on a fresh server, so memory one bomb left behind cannot hide the next one's.</summary>
    public static async Task<List<Row>> RunAsync(IEnumerable<string> settings)
    {
        Console.WriteLine("[upload] compressing the bombs");
        var events = BenchData.Bomb("customer_id,activity,timestamp\n", "c1,a,2026-11-01T10:00:00Z\n", BombRows);
        var feedback = BenchData.Bomb("customer_id,timestamp,score_type,score,text\n", "c1,2026-11-01T10:00:00Z,nps,9,Great service\n", BombRows);
        return
        [
            await MeasureAsync(settings, "events .csv.gz, 38M rows", events, "imports", 1),
            await MeasureAsync(settings, "3 x events .csv.gz at once", events, "imports", 3),
            await MeasureAsync(settings, "feedback .csv.gz, 38M rows", feedback, "feedback/imports", 1),
        ];
    }

    public static string Markdown(IReadOnlyList<Row> rows) => string.Join('\n',
    [
        "| upload | gzip size | answers | time | peak resident growth | resident growth 5 s after |",
        "|---|---:|---|---:|---:|---:|",
        .. rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Scenario} | {r.CompressedMb:F1} MiB | {r.Answers} | {r.Seconds:F1} s | {r.GrowthMb:F0} MB | {r.SettledGrowthMb:F0} MB |")),
    ]);

    private static async Task<Row> MeasureAsync(IEnumerable<string> settings, string scenario, byte[] body, string endpoint, int count)
    {
        Console.WriteLine($"[upload] {scenario}");
        using var server = await ServerChild.StartAsync(settings);
        var (workspace, _, _) = await BenchData.WorkspaceAsync(server.Http, 10); // also warms the upload code
        var urls = Enumerable.Repeat($"/api/workspaces/{workspace}/{endpoint}?fileName=bomb.csv.gz", count);
        using var watch = new MemoryWatch(server);
        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(urls.Select(async url =>
        {
            using var response = await BenchData.PostAsync(server.Http, url, body);
            var text = await response.Content.ReadAsStringAsync();
            var detail = text.StartsWith('{') && JsonDocument.Parse(text).RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
            Console.WriteLine($"[upload]   {(int)response.StatusCode} {detail ?? text[..Math.Min(120, text.Length)]}");
            return (int)response.StatusCode;
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        await Task.Delay(5000);
        var row = new Row(scenario, body.Length / 1048576.0, string.Join(" ", answers), seconds, watch.GrowthMb,
            (server.Resident - watch.Before) / 1048576.0);
        Console.WriteLine(Markdown([row]).Split('\n')[2]);
        return row;
    }
}
