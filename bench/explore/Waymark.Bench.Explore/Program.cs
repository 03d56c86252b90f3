using System.Globalization;
using System.Text;
using System.Text.Json;
using Waymark.Bench.Evidence;
using Waymark.Bench.Explore;

// Waymark.Bench.Explore [customers=1000000] [runs=15] [output.md]: loads two generated journeys per customer into a
// real server's SQLite, times each Explore view through the API and DuckDB on the same events, writes the report.
if (args.Length > 0 && args[0] == "engine")
{
    var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    return EngineProfile.Run(n, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 15, args.Length > 3 ? args[3] : "all");
}

var customers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
var output = args.Length > 2 ? args[2] : "bench/explore/RESULTS.md";

Console.WriteLine($"[explore] generating two journeys for each of {customers:N0} customers");
var rows = BenchEvents.Generate(customers, seed: 21, idPrefix: "a").Rows;
rows.AddRange(BenchEvents.Generate(customers, seed: 22, idPrefix: "b").Rows.Select(r => r with { Ticks = r.Ticks + TimeSpan.FromDays(200).Ticks }));
var file = Path.Combine(Path.GetTempPath(), "waymark-bench-explore-" + Guid.NewGuid().ToString("N") + ".db");
var connection = $"Data Source={file};Pooling=false";
try
{
    await (await BenchServer.StartAsync("Sqlite", connection)).DisposeAsync(); // migrates
    var load = DirectLoad.Sqlite(connection, "demo", rows, 50_000);
    Console.WriteLine($"[explore] {rows.Count:N0} events stored in {load.TotalSeconds:F1} s");

    await using var server = await BenchServer.StartAsync("Sqlite", connection);
    var mapId = await ImportMapAsync(server.Http);
    var cases = ExploreCases.For(mapId);
    var first = await Timing.FirstAsync(server.Http, cases[0]);
    var results = new List<Timing.Result>();
    foreach (var c in cases)
    {
        results.Add(await Timing.RunAsync(server.Http, c, runs));
    }

    var peer = DuckDbPeer.Run(rows, ExploreCases.PeerQueries(), repeat: 3);
    var report = ExploreReport.Markdown(customers, rows.Count, first, cases, results, peer);
    File.WriteAllText(output, report + "\n");
    Console.WriteLine(report);
}
finally
{
    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        File.Delete(file + suffix);
    }

    // The server keeps its event log's snapshot beside the database file (ADR 059): 155 MB a run at 1M customers.
    if (Directory.Exists(file + "-snapshots"))
    {
        Directory.Delete(file + "-snapshots", recursive: true);
    }
}

return 0;

static async Task<string> ImportMapAsync(HttpClient http)
{
    using var content = new StringContent(BenchMap.Json(), Encoding.UTF8, "application/json");
    using var response = await http.PostAsync(new Uri("/api/workspaces/demo/maps/import", UriKind.Relative), content);
    var body = await response.Content.ReadAsStringAsync();
    var id = response.IsSuccessStatusCode
        ? JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!
        : throw new InvalidOperationException("map import failed: " + body);

    // An imported map reads no event source until one is picked (ADR 042): bind it to the one the events are in.
    using var bind = new StringContent("""{"sourceId":"src_demo"}""", Encoding.UTF8, "application/json");
    using var bound = await http.PutAsync(new Uri($"/api/workspaces/demo/maps/{id}/source", UriKind.Relative), bind);
    return bound.IsSuccessStatusCode ? id : throw new InvalidOperationException("binding the map's source failed: " + await bound.Content.ReadAsStringAsync());
}
