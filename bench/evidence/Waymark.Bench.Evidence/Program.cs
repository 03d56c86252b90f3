using System.Globalization;
using Waymark.Bench.Evidence;
using Waymark.Testing.ClickHouse;
using Waymark.Testing.Postgres;

// Waymark.Bench.Evidence [ingest-customers] [overlay-customers] [output.md] [stores]: runs the evidence benchmarks (0
// customers: that part is skipped), writes the report. stores: the ingestion's stores, comma-separated (Sqlite, Postgres,
// ClickHouse; all three by default, ClickHouse only where clickhouse-server is installed).
var ingestCustomers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 175_000;
var overlayCustomers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var output = args.Length > 2 ? args[2] : "bench/evidence/RESULTS.md";
var stores = (args.Length > 3 ? args[3] : "Sqlite,Postgres,ClickHouse").Split(',', StringSplitOptions.TrimEntries);

var ingest = new List<IngestBench.Result>();
if (ingestCustomers > 0)
{
    if (stores.Contains("Sqlite"))
    {
        ingest.Add(await IngestBench.RunAsync("Sqlite", ingestCustomers, null));
    }

    if (stores.Contains("Postgres"))
    {
        using var postgres = PostgresServer.Start();
        ingest.Add(await IngestBench.RunAsync("Postgres", ingestCustomers, postgres));
    }

    if (stores.Contains("ClickHouse"))
    {
        if (ClickHouseServer.SkipReason is { } why)
        {
            Console.WriteLine($"[ClickHouse] skipped: {why}");
        }
        else
        {
            using var clickHouse = ClickHouseServer.Start();
            ingest.Add(await IngestBench.RunAsync("ClickHouse", ingestCustomers, null, clickHouse));
        }
    }
}

var overlay = overlayCustomers > 0 ? await OverlayBench.RunAsync(overlayCustomers) : null;

var report = string.Join('\n',
    "# Evidence benchmarks",
    "",
    $"Run by `bench/evidence/run.sh` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}. Every figure comes from a real",
    "Waymark server on a loopback port, driven over HTTP by a load generator in the same process.",
    "",
    ingest.Count == 0 ? "(ingestion not run: ingest-customers was 0)" : IngestBench.Markdown(ingest),
    "",
    overlay is null ? "" : OverlayReport.Markdown(overlay));
File.WriteAllText(output, report + "\n");
Console.WriteLine(report);
return 0;
