using System.Globalization;
using Waymark.Bench.Evidence;
using Waymark.Testing.Postgres;

// Waymark.Bench.Evidence [ingest-customers] [overlay-customers] [output.md]: runs the evidence benchmarks, writes the report.
var ingestCustomers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 175_000;
var overlayCustomers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var output = args.Length > 2 ? args[2] : "bench/evidence/RESULTS.md";

using var postgres = PostgresServer.Start();
var ingest = new List<IngestBench.Result>
{
    await IngestBench.RunAsync("Sqlite", ingestCustomers, null),
    await IngestBench.RunAsync("Postgres", ingestCustomers, postgres),
};
var overlay = overlayCustomers > 0 ? await OverlayBench.RunAsync(overlayCustomers) : null;

var report = string.Join('\n',
    "# Evidence benchmarks",
    "",
    $"Run by `bench/evidence/run.sh` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}. Every figure comes from a real",
    "Waymark server on a loopback port, driven over HTTP by a load generator in the same process.",
    "",
    IngestBench.Markdown(ingest),
    "",
    overlay is null ? "" : OverlayReport.Markdown(overlay));
File.WriteAllText(output, report + "\n");
Console.WriteLine(report);
return 0;
