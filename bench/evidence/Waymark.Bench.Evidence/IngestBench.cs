using System.Diagnostics;
using System.Globalization;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;
using Waymark.Testing.Postgres;

namespace Waymark.Bench.Evidence;

/// <summary>
/// Ingestion throughput: the same events through the HTTP API (NDJSON batches from several connections on loopback)
/// and through the database's own bulk path, each into a fresh database. "ClickHouse" keeps the relational database
/// on SQLite and the events in a fresh ClickHouse database (Events:Store=ClickHouse).
/// </summary>
internal static class IngestBench
{
    private const int BatchSize = 20_000;
    private const int Connections = 4;

    private static readonly List<string> SqliteFiles = [];

    public sealed record Result(string Provider, int Events, double ApiSeconds, double StoreSeconds, double DirectSeconds)
    {
        public double StorePerSecond => Events / StoreSeconds;

        public double ApiPerSecond => Events / ApiSeconds;

        public double DirectPerSecond => Events / DirectSeconds;
    }

    public static async Task<Result> RunAsync(string provider, int customers, PostgresServer? postgres, ClickHouseServer? clickHouse = null)
    {
        // Each run makes three 100 MB SQLite files; they are removed after, or every run would leave them in /tmp.
        try
        {
            return clickHouse is null
                ? await MeasureAsync(provider, customers, postgres)
                : await MeasureClickHouseAsync(customers, clickHouse);
        }
        finally
        {
            DeleteSqliteFiles();
        }
    }

    private static async Task<Result> MeasureAsync(string provider, int customers, PostgresServer? postgres)
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

        // The event store's own append (what the API calls after parsing), one batch after another, no HTTP.
        var storeDb = NewDatabase(provider, postgres);
        await (await BenchServer.StartAsync(provider, storeDb)).DisposeAsync();
        var storeTime = await StoreAppendAsync(provider, storeDb, events.Rows);
        Console.WriteLine($"[{provider}] event store append: {storeTime.TotalSeconds:F2} s");

        await using var server = await BenchServer.StartAsync(provider, NewDatabase(provider, postgres));
        var apiTime = await ApiAsync(provider, server, events, batches);
        return new Result(provider, events.Rows.Count, apiTime.TotalSeconds, storeTime.TotalSeconds, directTime.TotalSeconds);
    }

    private static async Task<Result> MeasureClickHouseAsync(int customers, ClickHouseServer clickHouse)
    {
        const string Provider = "ClickHouse";
        var events = BenchEvents.Generate(customers, seed: 11, idPrefix: "e");
        var batches = events.NdjsonBatches(BatchSize);
        Console.WriteLine($"[{Provider}] {events.Rows.Count:N0} events in {batches.Count} batches of {BatchSize:N0}");
        EventStoreOptions Options(string database) =>
            new() { Store = EventStoreKind.ClickHouse, ClickHouse = new ClickHouseOptions { Url = clickHouse.Url.ToString(), Database = database } };

        // The peer: the tables made by Waymark's store, then the rows inserted straight into its events table.
        var direct = clickHouse.NewDatabaseName();
        using (var schema = (ClickHouseEventStore)EventStoreFactory.Create(new DatabaseOptions(), Options(direct)))
        {
            await schema.HasDataAsync(new EventSourceKey("demo", "src_demo"));
        }

        var directTime = await ClickHouseLoad.InsertAsync(clickHouse.Url, direct, events.Rows, BatchSize);
        Console.WriteLine($"[{Provider}] direct insert: {directTime.TotalSeconds:F2} s");

        var storeTime = await StoreAppendAsync(EventStoreFactory.Create(new DatabaseOptions(), Options(clickHouse.NewDatabaseName())), events.Rows);
        Console.WriteLine($"[{Provider}] event store append: {storeTime.TotalSeconds:F2} s");

        var api = clickHouse.NewDatabaseName();
        await using var server = await BenchServer.StartAsync("Sqlite", NewDatabase("Sqlite", null),
            "--Events:Store=ClickHouse", $"--Events:ClickHouse:Url={clickHouse.Url}", $"--Events:ClickHouse:Database={api}");
        var apiTime = await ApiAsync(Provider, server, events, batches);
        return new Result(Provider, events.Rows.Count, apiTime.TotalSeconds, storeTime.TotalSeconds, directTime.TotalSeconds);
    }

    /// <summary>
    /// A warm-up batch, then (once the engine's own warm-up at start is over) the batches through the API; checks that
    /// every event was stored once.
    /// </summary>
    private static async Task<TimeSpan> ApiAsync(string provider, BenchServer server, BenchEvents events, List<byte[]> batches)
    {
        var key = await server.CreateKeyAsync();
        var warmUp = BenchEvents.Generate(2_000, seed: 5, idPrefix: "w").NdjsonBatches(BatchSize);
        await IngestLoad.SendAsync(server.Address, key, warmUp, Connections);
        var waited = Stopwatch.StartNew();
        await server.WarmedUpAsync();
        Console.WriteLine($"[{provider}] waited {waited.Elapsed.TotalSeconds:F1} s for the engine's warm-up to finish");
        var apiTime = await IngestLoad.SendAsync(server.Address, key, batches, Connections);
        Console.WriteLine($"[{provider}] ingestion API: {apiTime.TotalSeconds:F2} s");

        var stored = await server.EventCountAsync();
        var expected = events.Rows.Count + warmUp.Sum(b => b.Count(c => c == (byte)'\n'));
        if (stored != expected)
        {
            throw new InvalidOperationException($"the workspace holds {stored} events, expected {expected}");
        }

        return apiTime;
    }

    private static Task<TimeSpan> StoreAppendAsync(string provider, string connectionString, List<BenchEvents.Row> rows) =>
        StoreAppendAsync(
            EventStoreFactory.Create(new DatabaseOptions
            {
                Provider = provider == "Sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres,
                ConnectionString = connectionString,
            }),
            rows);

    private static async Task<TimeSpan> StoreAppendAsync(IEventStore store, List<BenchEvents.Row> rows)
    {
        try
        {
            var batches = rows.Chunk(BatchSize)
                .Select(b => b.Select(r => new NewEvent(r.Id, r.Customer, r.Ticks, r.Activity, r.Channel, null)).ToList())
                .ToList();
            var watch = Stopwatch.StartNew();
            foreach (var batch in batches)
            {
                await store.AppendAsync(new Waymark.Data.EventStores.EventSourceKey("demo", "src_demo"), batch);
            }

            return watch.Elapsed;
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }

    private static string NewDatabase(string provider, PostgresServer? postgres)
    {
        if (provider != "Sqlite")
        {
            return postgres!.CreateDatabase();
        }

        var file = Path.Combine(Path.GetTempPath(), "waymark-bench-" + Guid.NewGuid().ToString("N") + ".db");
        SqliteFiles.Add(file);
        return $"Data Source={file};Pooling=false";
    }

    private static void DeleteSqliteFiles()
    {
        foreach (var file in SqliteFiles.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            File.Delete(file);
        }

        SqliteFiles.Clear();
    }

    public static string Markdown(IEnumerable<Result> results)
    {
        var lines = new List<string>
        {
            "## Ingestion throughput",
            "",
            $"The same generated events sent to `POST /api/ingest/events` as NDJSON batches of {BatchSize:N0} from {Connections} connections,",
            "and loaded into a fresh copy of the same events table by the database's own bulk path (SQLite: prepared INSERT, one",
            $"transaction per {BatchSize:N0}; PostgreSQL: binary COPY per {BatchSize:N0}; ClickHouse, one server with Events:Store=ClickHouse:",
            $"a TabSeparated INSERT per {BatchSize:N0} into the events table, without the ids table the store also writes), the ceiling the",
            "API can approach. The API also checks ids for duplicates, validates every event and answers per event; the count",
            "stored is checked after. The API is timed once the server's start-up work (the engine's warm-up, ADR 065) is over.",
            "",
            "| store | events | API events/s | event store append events/s (no HTTP) | direct bulk load events/s | API / direct |",
            "|---|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Provider} | {r.Events:N0} | {r.ApiPerSecond:N0} | {r.StorePerSecond:N0} | {r.DirectPerSecond:N0} | {r.ApiPerSecond / r.DirectPerSecond:F2}x |")));
        return string.Join('\n', lines);
    }
}
