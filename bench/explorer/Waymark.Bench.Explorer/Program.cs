using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Bench.Explorer;
using Waymark.Data.FeedbackStores;
using Waymark.Testing;

// Waymark.Bench.Explorer [items=500000] [repeats=25] [output.md]: the explorer's search through the HTTP API against
// SQLite FTS5 over the same items, in one run; writes the report.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500_000;
var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
var output = args.Length > 2 ? args[2] : "bench/explorer/RESULTS.md";
var from = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
var to = new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

var items = FeedbackCorpus.Generate(count).ToList();
await using var server = await LiveWaymarkServer.StartAsync();
using var http = WaymarkHttp.Client(server.Address);
http.Timeout = TimeSpan.FromMinutes(10);
var store = server.Services.GetRequiredService<IFeedbackStore>();
var watch = Stopwatch.StartNew();
foreach (var chunk in items.Chunk(20_000))
    await store.AppendAsync("demo", chunk, CancellationToken.None);
var storeSeconds = watch.Elapsed.TotalSeconds;

watch.Restart();
await SearchAsync("q=warm");
var firstSeconds = watch.Elapsed.TotalSeconds; // reads the rows, analyses every text, builds the index

using var peer = new Fts5Peer();
peer.Load(items);
var rows = new List<Row>();
foreach (var query in BenchQuery.All)
{
    var (total, ids) = await SearchAsync(query.Api);
    var (peerTotal, peerIds) = peer.Search(query, from, to);
    var ours = await TimeAsync(repeats, () => SearchAsync(query.Api));
    var theirs = await TimeAsync(repeats, () => Task.FromResult(peer.Search(query, from, to)));
    rows.Add(new Row(query.Name, query.Api, total, ours, theirs, total == peerTotal && ids.SequenceEqual(peerIds)));
}

var report = Report.Markdown(count, repeats, storeSeconds, firstSeconds, peer.LoadSeconds, rows);
File.WriteAllText(output, report + "\n");
Console.WriteLine(report);
return rows.All(r => r.Equal) ? 0 : 1;

async Task<(int Total, List<string> Ids)> SearchAsync(string query)
{
    using var response = await http.GetAsync($"/api/workspaces/demo/feedback/search?{query}&limit=50");
    response.EnsureSuccessStatusCode();
    using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    var root = json.RootElement;
    return (root.GetProperty("total").GetInt32(), [.. root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)]);
}

static async Task<double[]> TimeAsync<T>(int repeats, Func<Task<T>> run)
{
    await run();
    var times = new double[repeats];
    for (var i = 0; i < repeats; i++)
    {
        var w = Stopwatch.StartNew();
        await run();
        times[i] = w.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    return times;
}
