using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Waymark.Bench.Limits;
using Waymark.Core.FileFormat;
using Waymark.Render.Report;
using Waymark.Render.Tests;

// Times GET .../report?format=pdf|html of the generated 60 x 15 map against the server in its own process: one
// untimed request per case first (fonts, shaping tables, JIT), then REPEAT timed ones; the median is the figure.
var output = args.Length > 0 ? args[0] : "bench/export/REPORT.md";
var repeat = int.Parse(Environment.GetEnvironmentVariable("REPEAT") ?? "5", CultureInfo.InvariantCulture);
using var server = await ServerChild.StartAsync(["--Demo:Events=false"]);
var map = LargeMap.Create(60, 15);
using var body = new StringContent(MapSerializer.ToJson(map), Encoding.UTF8, "application/json");
using var imported = await server.Http.PostAsync("/api/workspaces/demo/maps/import", body);
imported.EnsureSuccessStatusCode();
var id = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
var rows = new List<string>();
foreach (var (name, query) in new[] { ("Report, PDF", "format=pdf"), ("Report, HTML", "format=html") })
{
    var url = $"/api/workspaces/demo/maps/{id}/report?{query}";
    var (_, size, status) = await TimeAsync(server.Http, url);
    var times = new List<double>();
    for (var i = 0; i < repeat; i++)
    {
        times.Add((await TimeAsync(server.Http, url)).Seconds);
    }

    times.Sort();
    rows.Add($"| {name} | {status} | {size / 1024.0:N0} KiB | {times[times.Count / 2]:N2} s | {times[0]:N2} s | {times[^1]:N2} s |");
    Console.WriteLine(rows[^1]);
}

var cpu = CpuTime(map, repeat);
var report = new StringBuilder()
    .AppendLine("# Stakeholder report benchmark")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Run by `bench/export/report.sh` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}, against the server in its own")
    .AppendLine("process (server GC, SQLite). The map is the generated 60-step x 15-lane map of the export tests")
    .AppendLine(CultureInfo.InvariantCulture, $"(`tests/Waymark.Render.Tests/LargeMap.cs`, no bound data); each case is requested once untimed, then {repeat} times;")
    .AppendLine("time is from sending the request to reading the last byte. Goal: the PDF report under 2 s.")
    .AppendLine()
    .AppendLine("| report | answer | size | median | fastest | slowest |")
    .AppendLine("|---|---|---:|---:|---:|---:|");
rows.ForEach(r => report.AppendLine(r));
report.AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Load average when the run started: {load} (the machine is shared; wall times grow with it).")
    .AppendLine("The PDF report in the harness's own process, as processor time (all threads) and wall time, median of the timed runs:")
    .AppendLine()
    .AppendLine("| report | processor time | wall time |")
    .AppendLine("|---|---:|---:|")
    .AppendLine(cpu);
File.WriteAllText(output, report.ToString());
Console.WriteLine("results written to " + output);

static string CpuTime(Waymark.Core.Maps.JourneyMap map, int repeat)
{
    var input = new ReportInput(map, "Bench", DateTimeOffset.UtcNow);
    StakeholderReport.Default.Write(input, ReportFormat.Pdf);
    var me = Process.GetCurrentProcess();
    var (cpu, wall) = (new List<double>(), new List<double>());
    for (var i = 0; i < repeat; i++)
    {
        me.Refresh();
        var before = me.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        StakeholderReport.Default.Write(input, ReportFormat.Pdf);
        wall.Add(clock.Elapsed.TotalSeconds);
        me.Refresh();
        cpu.Add((me.TotalProcessorTime - before).TotalSeconds);
    }

    cpu.Sort();
    wall.Sort();
    var row = $"| Report, PDF | {cpu[cpu.Count / 2]:N2} s | {wall[wall.Count / 2]:N2} s |";
    Console.WriteLine(row);
    return row;
}

static async Task<(double Seconds, long Size, int Status)> TimeAsync(HttpClient http, string url)
{
    var clock = Stopwatch.StartNew();
    using var response = await http.GetAsync(url);
    var bytes = await response.Content.ReadAsByteArrayAsync();
    return (clock.Elapsed.TotalSeconds, bytes.Length, (int)response.StatusCode);
}
