using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Generation;
using Waymark.Bench.ClickHouse;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Data.EventStores;

namespace Waymark.Bench.Memory;

/// <summary>
/// The bench's log in a SQLite file, written once per size through the event store (as ingestion stores it) and kept
/// for later runs: rounds of the repo's subscription journeys for the same customers (round r from seed 7 + r, r x 400
/// days later, as the ClickHouse bench's log), cut at exactly <c>events</c>, so a customer's events come in several
/// runs (the store's order is not grouped by customer, as in a real source).
/// </summary>
internal static class StoredLog
{
    public static readonly EventSourceKey Source = new("bench", "src_bench");

    /// <summary>The file holding <paramref name="events"/> events of <paramref name="customers"/> customers, made when missing.</summary>
    public static async Task<string> EnsureAsync(string folder, int events, int customers)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FormattableString.Invariant($"memory-{events}-{customers}.db"));
        if (File.Exists(path + ".done"))
        {
            return path;
        }

        File.Delete(path);
        var options = Options(path);
        await using (var context = WaymarkContextFactory.Create(options))
        {
            await context.Database.MigrateAsync();
            var now = DateTime.UtcNow;
            context.Workspaces.Add(new WorkspaceEntity { Id = Source.WorkspaceId, Name = "Memory bench", CreatedAt = now, UpdatedAt = now });
            context.EventSources.Add(new EventSourceEntity { Id = Source.SourceId, WorkspaceId = Source.WorkspaceId, Name = "events", CreatedAt = now });
            await context.SaveChangesAsync();
        }

        var store = EventStoreFactory.Create(options);
        var sink = new AppendingSink(store, events);
        for (var round = 0; !sink.Full; round++)
        {
            sink.StartRound();
            var generator = GeneratorPresets.Sample(customers, 7 + round) with { Start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(400 * round) };
            JourneyGenerator.Generate(generator, sink);
        }

        sink.Flush();
        await File.WriteAllTextAsync(path + ".done", events.ToString(CultureInfo.InvariantCulture));
        return path;
    }

    public static DatabaseOptions Options(string path) =>
        new() { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=" + path };

    /// <summary>Takes the generator's CSV (customer_id,timestamp,activity,channel) and appends it in batches; lines after the cut are dropped.</summary>
    private sealed class AppendingSink(IEventStore store, int events) : CsvLineWriter
    {
        private readonly List<NewEvent> _batch = new(20_000);
        private long _written;
        private bool _atHeader;

        public bool Full => _written >= events;

        public void StartRound() => _atHeader = true;

        public override void Flush()
        {
            if (_batch.Count > 0)
            {
                store.AppendAsync(Source, _batch).GetAwaiter().GetResult();
                _batch.Clear();
            }
        }

        protected override void AddLine(string line)
        {
            if (_atHeader || Full)
            {
                _atHeader = false;
                return;
            }

            var f = line.Split(',');
            var time = DateTime.Parse(f[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            _batch.Add(new NewEvent(null, f[0], time.Ticks, f[2], f[3].Length == 0 ? null : f[3], null));
            _written++;
            if (_batch.Count == _batch.Capacity)
            {
                Flush();
            }
        }
    }
}
