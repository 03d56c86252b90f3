using System.Globalization;
using Waymark.Testing.Postgres;

namespace Waymark.Bench.Evidence;

/// <summary>
/// Ingestion throughput: the same events through the HTTP API (NDJSON batches from several connections on loopback)
/// and through the database's own bulk path, each into a fresh database.
/// </summary>
internal static class IngestBench
{
    private const int BatchSize = 20_000;
    private const int Connections = 4;

    public sealed record Result(string Provider, int Events, double ApiSeconds, double DirectSeconds)
    {
        public double ApiPerSecond => Events / ApiSeconds;

        public double DirectPerSecond => Events / DirectSeconds;
    }

    public static async Task<Result> RunAsync(string provider, int customers, PostgresServer? postgres)
    {
        var events = BenchEvents.Generate(customers, seed: 11, idPrefix: "e");
        var batches = events.NdjsonBatches(BatchSize);
        Console.WriteLine($"[{provider}] {events.Rows.Count:N0} events in {batches.Count} batches of {BatchSize:N0}");

        // The peer: a fresh database migrated by a server start, then loaded directly.
        var direct = NewDatabase(provider, postgres);
        await (await BenchServer.StartAsync(provider, direct)).DisposeAsync();
        var directTime = provider == "Sqlite"
            ? DirectLoad.Sqlite(direct, "demo", events.Rows, BatchSize)
            : DirectLoad.Postgres(direct, "demo", events.Rows, BatchSize);
        Console.WriteLine($"[{provider}] direct bulk load: {directTime.TotalSeconds:F2} s");

        await using var server = await BenchServer.StartAsync(provider, NewDatabase(provider, postgres));
        var key = await server.CreateKeyAsync();
        var warmUp = BenchEvents.Generate(2_000, seed: 5, idPrefix: "w").NdjsonBatches(BatchSize);
        await IngestLoad.SendAsync(server.Address, key, warmUp, Connections);
        var apiTime = await IngestLoad.SendAsync(server.Address, key, batches, Connections);
        Console.WriteLine($"[{provider}] ingestion API: {apiTime.TotalSeconds:F2} s");

        var stored = await server.EventCountAsync();
        var expected = events.Rows.Count + warmUp.Sum(b => b.Count(c => c == (byte)'\n'));
        if (stored != expected)
        {
            throw new InvalidOperationException($"the workspace holds {stored} events, expected {expected}");
        }

        return new Result(provider, events.Rows.Count, apiTime.TotalSeconds, directTime.TotalSeconds);
    }

    private static string NewDatabase(string provider, PostgresServer? postgres) => provider == "Sqlite"
        ? $"Data Source={Path.Combine(Path.GetTempPath(), "waymark-bench-" + Guid.NewGuid().ToString("N") + ".db")};Pooling=false"
        : postgres!.CreateDatabase();

    public static string Markdown(IEnumerable<Result> results)
    {
        var lines = new List<string>
        {
            "## Ingestion throughput",
            "",
            $"The same generated events sent to `POST /api/ingest/events` as NDJSON batches of {BatchSize:N0} from {Connections} connections,",
            "and loaded into a fresh copy of the same events table by the database's own bulk path (SQLite: prepared INSERT, one",
            $"transaction per {BatchSize:N0}; PostgreSQL: binary COPY per {BatchSize:N0}), the ceiling the API can approach. The API also",
            "checks ids for duplicates, validates every event and answers per event; the count stored is checked after.",
            "",
            "| store | events | API events/s | direct bulk load events/s | API / direct |",
            "|---|---:|---:|---:|---:|",
        };
        lines.AddRange(results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Provider} | {r.Events:N0} | {r.ApiPerSecond:N0} | {r.DirectPerSecond:N0} | {r.ApiPerSecond / r.DirectPerSecond:F2}x |")));
        return string.Join('\n', lines);
    }
}
