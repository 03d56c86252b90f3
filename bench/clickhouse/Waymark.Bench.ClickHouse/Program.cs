using System.Globalization;
using Waymark.Bench.ClickHouse;
using Waymark.Testing.ClickHouse;

// Waymark.Bench.ClickHouse [events=100000000] [customers=10000000] [output=bench/clickhouse/RESULTS.md] [repeats=3]:
// the generated log ingested through the API into one ClickHouse server, then into a two-shard cluster; on each the
// overlay, a funnel and the flow graph by pushdown and by the in-memory engine, and by DuckDB on the first's rows.
// Waymark.Bench.ClickHouse engine spec.json: the engine's side, in a child process (EngineRun).
if (args is ["engine", var spec])
{
    return await EngineRun.MainAsync(spec);
}

var events = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 100_000_000;
var customers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
var output = args.Length > 2 ? args[2] : "bench/clickhouse/RESULTS.md";
var repeats = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
if (events < 1 || customers < 1 || events > int.MaxValue)
{
    Console.Error.WriteLine($"events must be 1 to {int.MaxValue:N0} (the engine's log is indexed by int) and customers at least 1");
    return 2;
}

if (ClickHouseServer.SkipReason is { } why)
{
    Console.Error.WriteLine(why);
    return 2;
}

var loadAtStart = Phases.LoadAverage();
var log = new GeneratedLog(events, customers, batchSize: 20_000);
var phases = new Phases();
var generatorRate = await phases.TimeAsync("generate alone (the load generator's rate)", log.RateAloneAsync);
var runs = new List<TargetRun>();
DuckDbPeer.Answer? duck = null;
foreach (var start in new Func<ClickHouseTarget>[] { ClickHouseTarget.StartSingle, ClickHouseTarget.StartSharded })
{
    using var target = phases.Time("start ClickHouse", start, scales: false);
    runs.Add(await TargetRun.MeasureAsync(target, log, repeats, phases));
    duck ??= await phases.TimeAsync("DuckDB (export from ClickHouse, load, analyses)", () => DuckDbPeer.RunAsync(target, runs[0].Ingest.SourceId, repeats));
}

var report = Report.Markdown(log, generatorRate, runs, duck!, phases, loadAtStart);
File.WriteAllText(output, report);
Console.WriteLine(report);

// Every disagreement between the sides is written "DIFFERENT" in the report's tables.
return report.Contains("DIFFERENT", StringComparison.Ordinal) ? 1 : 0;
