using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Bench.Limits;
using Waymark.Core.FileFormat;
using Waymark.Render.Tests;

// Times GET .../export?format=... of the generated 60 x 15 map against the server in its own process: one untimed
// request per case first (fonts, shaping tables, JIT), then REPEAT timed ones; the median is the figure.
var output = args.Length > 0 ? args[0] : "bench/export/RESULTS.md";
var repeat = int.Parse(Environment.GetEnvironmentVariable("REPEAT") ?? "5", CultureInfo.InvariantCulture);
using var server = await ServerChild.StartAsync(["--Demo:Events=false"]);
var map = LargeMap.Create(60, 15);
using var body = new StringContent(MapSerializer.ToJson(map), Encoding.UTF8, "application/json");
using var imported = await server.Http.PostAsync("/api/workspaces/demo/maps/import", body);
imported.EnsureSuccessStatusCode();
var id = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

(string Name, string Query)[] cases =
[
    ("PDF, A4 pages", "format=pdf&pages=a4"),
    ("PDF, A4 pages, data strip", "format=pdf&pages=a4&data=true&from=2026-01-01"),
    ("PDF, poster", "format=pdf"),
    ("SVG (fonts embedded)", "format=svg"),
    ("PNG 2x", "format=png&scale=2"),
    ("PNG 1x", "format=png&scale=1"),
    ("CSV", "format=csv"),
    ("Markdown", "format=md"),
];
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
var rows = new List<string>();
foreach (var (name, query) in cases)
{
    var url = $"/api/workspaces/demo/maps/{id}/export?{query}";
    var (_, size, status) = await TimeAsync(server.Http, url);
    var times = new List<double>();
    for (var i = 0; i < repeat; i++)
    {
        times.Add((await TimeAsync(server.Http, url)).Seconds);
    }

    times.Sort();
    var row = $"| {name} | {status} | {size / 1024.0:N0} KiB | {times[times.Count / 2]:N2} s | {times[0]:N2} s | {times[^1]:N2} s |";
    Console.WriteLine(row);
    rows.Add(row);
}

var cpuRows = CpuTimes(map, repeat);
var report = new StringBuilder()
    .AppendLine("# Export benchmark")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Run by `bench/export/run.sh` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}, against the server in its own")
    .AppendLine("process (server GC, SQLite). The map is the generated 60-step x 15-lane map of the export tests")
    .AppendLine(CultureInfo.InvariantCulture, $"(`tests/Waymark.Render.Tests/LargeMap.cs`); each case is requested once untimed, then {repeat} times; time is from")
    .AppendLine("sending the request to reading the last byte. Goal: under 2 s each for PDF, SVG and PNG 2x. The data strip's case")
    .AppendLine("asks the overlay and feedback engines for the map's figures (on this workspace's events) and draws the strip under")
    .AppendLine("each of the 60 steps on every page.")
    .AppendLine()
    .AppendLine("| export | answer | size | median | fastest | slowest |")
    .AppendLine("|---|---|---:|---:|---:|---:|");
rows.ForEach(r => report.AppendLine(r));
report.AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Load average when the run started: {load} (the machine is shared; wall times grow with it).")
    .AppendLine("The same exports in the harness's own process, as processor time (all threads) and wall time, median of the")
    .AppendLine("timed runs: what a request costs the server whatever else the machine is doing.")
    .AppendLine()
    .AppendLine("| export | processor time | wall time |")
    .AppendLine("|---|---:|---:|");
cpuRows.ForEach(r => report.AppendLine(r));
File.WriteAllText(output, report.ToString());
Console.WriteLine("results written to " + output);

static List<string> CpuTimes(Waymark.Core.Maps.JourneyMap map, int repeat)
{
    var exporter = Waymark.Render.MapExporter.Default;
    var me = Process.GetCurrentProcess();
    var rows = new List<string>();
    (string Name, Waymark.Render.Formats.ExportOptions Options)[] cases =
    [
        ("PDF, A4 pages", new(Waymark.Render.Formats.ExportFormat.Pdf, Waymark.Render.Formats.PageMode.A4)),
        ("SVG (fonts embedded)", new(Waymark.Render.Formats.ExportFormat.Svg)),
        ("PNG 2x", new(Waymark.Render.Formats.ExportFormat.Png, Scale: 2)),
    ];
    foreach (var (name, options) in cases)
    {
        exporter.Export(map, options);
        var cpu = new List<double>();
        var wall = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            me.Refresh();
            var before = me.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            exporter.Export(map, options);
            wall.Add(clock.Elapsed.TotalSeconds);
            me.Refresh();
            cpu.Add((me.TotalProcessorTime - before).TotalSeconds);
        }

        cpu.Sort();
        wall.Sort();
        rows.Add($"| {name} | {cpu[cpu.Count / 2]:N2} s | {wall[wall.Count / 2]:N2} s |");
        Console.WriteLine(rows[^1]);
    }

    return rows;
}

static async Task<(double Seconds, long Size, int Status)> TimeAsync(HttpClient http, string url)
{
    var clock = Stopwatch.StartNew();
    using var response = await http.GetAsync(url);
    var bytes = await response.Content.ReadAsByteArrayAsync();
    return (clock.Elapsed.TotalSeconds, bytes.Length, (int)response.StatusCode);
}
