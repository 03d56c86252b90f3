using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.EventStores;
using Waymark.Server.Analyses;
using Waymark.Server.Caches;
using Waymark.Server.Features.Sources;
using Waymark.Server.Tests.Sources;
using Waymark.Testing.ClickHouse;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>
/// Two servers over one SQLite file and one ClickHouse database (Events:Store=ClickHouse), one with
/// Events:ClickHouse:Pushdown on and one with it off, started once for a test class: the events are ingested once,
/// through the API, into the default source and a second one ("Shop"), with a map bound to the default source, a
/// segment, and a customer attribute. A third server over the same SQLite file keeps its events in SQLite (the
/// default store): the default source's events and attributes are ingested into it too, the same way.
/// </summary>
public sealed class PushdownServers : IAsyncDisposable
{
    public const string Ws = ApiClient.Workspace;
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Activities = ["Ad", "Visit", "Cart", "Pay", "PayLater", "Other"];
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly List<IDisposable> _owned = [];
    private WaymarkFactory? _on;
    private WaymarkFactory? _off;
    private WaymarkFactory? _sqlite;

    public HttpClient On { get; private set; } = null!;

    public HttpClient Off { get; private set; } = null!;

    /// <summary>The server whose events are in SQLite: the engine over its own log, with the same events.</summary>
    public HttpClient Sqlite { get; private set; } = null!;

    /// <summary>The map as the SQLite server knows it: the same row, as the three servers share one SQLite file.</summary>
    public string SqliteMapId => MapId;

    /// <summary>The segments as the SQLite server knows them (the same rows).</summary>
    public IReadOnlyList<string> SqliteSegmentIds => SegmentIds;

    public EventSourceKey Default => EventSources.DefaultKey(Ws);

    public EventSourceKey Shop { get; private set; }

    public string MapId { get; private set; } = "";

    /// <summary>Segments by each kind of condition (did, attribute, acquisition channel), then by all three.</summary>
    public IReadOnlyList<string> SegmentIds { get; private set; } = [];

    public EventLogCache OnLogs => _on!.Services.GetRequiredService<EventLogCache>();

    public EventLogCache OffLogs => _off!.Services.GetRequiredService<EventLogCache>();

    public SourceAnalyses OnAnalyses => _on!.Services.GetRequiredService<SourceAnalyses>();

    /// <summary>Starts the servers and stores the data the first time; later calls return at once.</summary>
    public async Task StartAsync(ClickHouseFixture clickHouse)
    {
        await _start.WaitAsync();
        try
        {
            if (_on is null)
            {
                await StartOnceAsync(clickHouse);
            }
        }
        finally
        {
            _start.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }

        _start.Dispose();
        await Task.CompletedTask;
    }

    private async Task StartOnceAsync(ClickHouseFixture clickHouse)
    {
        var connection = TempSqlite.NewMigratedConnectionString();
        var settings = new Dictionary<string, string>
        {
            ["Events:Store"] = "ClickHouse",
            ["Events:ClickHouse:Url"] = clickHouse.Server.Url.ToString(),
            ["Events:ClickHouse:Database"] = clickHouse.Server.NewDatabaseName(),
        };
        (_on, On) = Server(connection, settings);
        (_off, Off) = Server(connection, new Dictionary<string, string>(settings) { ["Events:ClickHouse:Pushdown"] = "false" });

        (_sqlite, Sqlite) = Server(connection, new Dictionary<string, string>());

        var (_, key) = await CreateKeyAsync(On);
        await IngestAsync(On, key, Batches(seed: 18, customers: 120));
        await IngestAsync(Sqlite, key, Batches(seed: 18, customers: 120));
        var shop = await SourcesClient.CreateAsync(On, Ws, "Shop");
        Shop = new EventSourceKey(Ws, shop);
        await IngestAsync(On, await SourcesClient.KeyAsync(On, Ws, shop), Batches(seed: 64, customers: 40));

        foreach (var factory in new[] { _on, _sqlite })
        {
            await factory.Services.GetRequiredService<IEventStore>().SetAttributesAsync(Default, [.. Enumerable.Range(0, 120).Where(c => c % 3 == 0)
                .Select(c => new CustomerAttribute($"c{c}", "plan", c % 2 == 0 ? "pro" : "free"))]);
        }

        MapId = await ActivityMaps.CreateAsync(On);
        var pro = new[] { new { key = "plan", values = new[] { "pro" } } };
        SegmentIds =
        [
            await SegmentAsync(On, new { attributes = System.Array.Empty<object>(), did = new[] { "Pay" }, didNot = new[] { "Other" }, channels = System.Array.Empty<string>() }),
            await SegmentAsync(On, new { attributes = pro, did = System.Array.Empty<string>(), didNot = System.Array.Empty<string>(), channels = System.Array.Empty<string>() }),
            await SegmentAsync(On, new { attributes = System.Array.Empty<object>(), did = System.Array.Empty<string>(), didNot = System.Array.Empty<string>(), channels = new[] { "ads" } }),
            await SegmentAsync(On, new { attributes = pro, did = new[] { "Pay" }, didNot = System.Array.Empty<string>(), channels = new[] { "ads" } }),
        ];
    }

    private (WaymarkFactory Factory, HttpClient Client) Server(string connection, Dictionary<string, string> settings)
    {
        var factory = new WaymarkFactory("Sqlite", connection, settings);
        var client = factory.CreateClient();
        _owned.AddRange([factory, client]);
        return (factory, client);
    }

    /// <summary>Random journeys over 20 days; ties in time and repeated activities included.</summary>
    private static List<string> Batches(int seed, int customers)
    {
        var random = new Random(seed);
        var events = new List<string>();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 15);
            for (var e = random.Next(1, 10); e > 0; e--)
            {
                minute += random.Next(0, 3) == 0 ? 0 : random.Next(1, 900);
                var time = T0.AddMinutes(minute).ToString("O", CultureInfo.InvariantCulture);
                events.Add(Event($"c{c}", Activities[random.Next(Activities.Length)], time, id: $"c{c}-{e}", channel: random.Next(2) == 0 ? "ads" : null));
            }
        }

        return [.. events.Chunk(400).Select(batch => Array(batch))];
    }

    private static async Task IngestAsync(HttpClient http, string key, List<string> batches)
    {
        foreach (var batch in batches)
        {
            using var response = await PostAsync(http, key, batch);
            response.EnsureSuccessStatusCode();
        }
    }

    private static async Task<string> SegmentAsync(HttpClient http, object conditions)
    {
        using var response = await http.PostAsJsonAsync($"/api/workspaces/{Ws}/segments", new { name = "Segment", conditions });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
