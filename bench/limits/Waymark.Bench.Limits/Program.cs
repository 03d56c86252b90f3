using System.Globalization;
using Waymark.Bench.Limits;

// Waymark.Bench.Limits [customers=50000] [output.md] [--Setting=value ...]: runs the limits benchmark against a
// server in its own process (extra arguments are its settings) and writes the report.
var customers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50_000;
var output = args.Length > 1 ? args[1] : "bench/limits/RESULTS.md";
var settings = args.Skip(2).ToArray();

var uploads = await UploadBench.RunAsync(settings);

List<AnalysisBench.Row> analyses;
long events;
using (var server = await ServerChild.StartAsync(settings))
{
    Console.WriteLine($"[analysis] generating and uploading {customers:N0} customers' journeys");
    var (workspace, stored, activities) = await BenchData.WorkspaceAsync(server.Http, customers);
    events = stored;
    var mapId = await BenchData.MapAsync(server.Http, workspace, activities);
    analyses = await AnalysisBench.RunAsync(server, workspace, mapId);
}

var report = string.Join('\n',
    "# Limits benchmark",
    "",
    $"Run by `bench/limits/run.sh` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}, against the server in its own",
    $"process (server GC, SQLite){(settings.Length > 0 ? " with " + string.Join(" ", settings.Select(s => $"`{s}`")) : "")}. Resident memory is the server process's",
    "working set, sampled every 10 ms; growth is the peak over what it held just before (MB here are 2^20 bytes).",
    "",
    "## Gzip bombs",
    "",
    UploadBench.Markdown(uploads),
    "",
    "## Heavy analyses on a 2,000-step map",
    "",
    $"{customers:N0} generated customers ({events:N0} events, with their feedback); a map of 2,000 steps in 20 stages, step k",
    "bound to activity k mod 16, funnel from step 1 to step 40 (each kind is requested once, untimed, first). Each",
    "scenario runs three times in a row; the cheap request, GET /api/workspaces, is timed every 20 ms meanwhile.",
    "",
    AnalysisBench.Markdown(analyses));
File.WriteAllText(output, report + "\n");
Console.WriteLine(report);
return 0;
