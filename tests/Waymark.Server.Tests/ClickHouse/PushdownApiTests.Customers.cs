using System.Net;
using System.Text;
using System.Text.Json;
using Waymark.Data.EventStores;
using Waymark.Server.Tests.Sources;
using Waymark.Testing.ClickHouse;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>
/// The segment preview, the customer list and a customer's timeline (ADR 077): the same JSON with pushdown on, off and
/// on SQLite alone, for customers whose ids hold quotes, backslashes, slashes and characters outside ASCII; pushed down,
/// the source's log is never read, and a look-up pushdown refuses falls back, counted.
/// </summary>
public sealed partial class PushdownApiTests
{
    private const string Workspace = $"/api/workspaces/{PushdownServers.Ws}";

    /// <summary>A source of people is made by the first test to ask for it (one fixture, one database, for the class).</summary>
    private static readonly SemaphoreSlim PeopleGate = new(1, 1);

    private static readonly string[] HostileIds =
        ["it's \"q\" \\ back", "ünï/cødé", "Ünï-2", "😀 smile", "ｚ wide", "\uE000 private", "K-\u212Aelvin", "kilo", "x" + new string('y', 199)];

    [StoreFact]
    public async Task CustomersAndPreview_PushdownOnOffAndSqlite_SameJsonAndTheLogIsNeverRead()
    {
        var people = await PeopleAsync("People");
        var counts = CustomerFallbacks();
        var differ = new List<string>();
        string[] lists = ["", "?query=c1&limit=5", "?query=C", "?query=%C3%BC", "?query=%C3%9CN", "?query=it's%20%22", "?query=k&limit=100", "?limit=3", "?query=nobody"];
        foreach (var list in lists)
        {
            differ.AddRange(await DifferenceAllAsync($"list {list}", $"{Workspace}/customers{list}"));
            differ.AddRange(await DifferenceAllAsync($"list {list} of People", $"{Workspace}/customers{list}{(list.Length == 0 ? "?" : "&")}source={people}"));
        }

        foreach (var id in HostileIds.Append("nobody"))
        {
            differ.AddRange(await DifferenceAllAsync($"timeline of {id}", $"{Workspace}/customers/{Uri.EscapeDataString(id)}/timeline?source={people}"));
        }

        foreach (var id in new[] { "c0", "c3", "c7", "c42" })
        {
            differ.AddRange(await DifferenceAllAsync($"timeline of {id} on the map", $"{Workspace}/customers/{id}/timeline?mapId={servers.MapId}", servers.SqliteMapId));
        }

        string[] previews =
        [
            """{"conditions": {"did": ["Pay"], "didNot": ["Other", "Nope"]}}""",
            """{"conditions": {"attributes": [{"key": "plan", "values": ["pro"]}, {"key": "tier", "values": ["x"]}], "channels": ["ads", "tv"]}}""",
            """{"conditions": {"did": ["Pay"], "attributes": [{"key": "plan", "values": ["free", "pro"]}], "channels": ["ads"]}}""",
            """{"conditions": {"did": ["Nope"]}}""",
            """{"conditions": {}}""",
        ];
        foreach (var (body, i) in previews.Select((b, i) => (b, i)))
        {
            differ.AddRange(await DifferenceAllAsync($"preview {i}", $"{Workspace}/segments/preview", body: body));
            differ.AddRange(await DifferenceAllAsync($"preview {i} of a period", $"{Workspace}/segments/preview?from=2026-11-03&to=2026-11-09", body: body));
        }

        Assert.Empty(differ);

        Assert.Equal(counts, CustomerFallbacks());
        Assert.False(servers.OnLogs.Holds(servers.Default));
        Assert.False(servers.OnLogs.Holds(new EventSourceKey(PushdownServers.Ws, people)));
    }

    [StoreFact]
    public async Task CustomerList_QueryOutsideTheBmp_FallsBackCountedAndAnswersTheSame()
    {
        var people = await PeopleAsync("People, searched by an emoji");
        var lists = servers.OnAnalyses.Fallbacks("customer list");

        var differ = await DifferenceAllAsync("list 😀", $"{Workspace}/customers?query={Uri.EscapeDataString("😀")}&source={people}");
        using var tooLong = await servers.On.GetAsync($"{Workspace}/customers?query={new string('x', 1024)}&source={people}");

        Assert.Empty(differ);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(lists + 1, servers.OnAnalyses.Fallbacks("customer list"));
        Assert.True(servers.OnLogs.Holds(new EventSourceKey(PushdownServers.Ws, people)));
    }

    private long CustomerFallbacks() =>
        servers.OnAnalyses.Fallbacks("customer list") + servers.OnAnalyses.Fallbacks("customer timeline") + servers.OnAnalyses.Fallbacks("segment preview");

    /// <summary>A source of people (made once for the class): hostile ids, properties in several key orders, in ClickHouse and in SQLite.</summary>
    private async Task<string> PeopleAsync(string name)
    {
        await PeopleGate.WaitAsync();
        try
        {
            // Listed by the SQLite server (the same rows): the source list reads every source's log (not pushed down).
            var made = (await SourcesClient.ListAsync(servers.Sqlite, PushdownServers.Ws)).FirstOrDefault(s => s.GetProperty("name").GetString() == name);
            if (made.ValueKind == JsonValueKind.Object)
            {
                return made.GetProperty("id").GetString()!;
            }

            var source = await SourcesClient.CreateAsync(servers.On, PushdownServers.Ws, name);
            var key = await SourcesClient.KeyAsync(servers.On, PushdownServers.Ws, source);
            foreach (var http in new[] { servers.On, servers.Sqlite })
            {
                using var response = await PostAsync(http, key, PeopleEvents());
                Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            }

            return source;
        }
        finally
        {
            PeopleGate.Release();
        }
    }

    private static string PeopleEvents()
    {
        var events = new List<string>();
        for (var i = 0; i < HostileIds.Length; i++)
        {
            for (var k = 0; k <= i % 3; k++)
            {
                var properties = k switch
                {
                    0 => new Dictionary<string, string> { ["zeta"] = "1", ["alpha"] = $"{i}'s \\" },
                    1 => new Dictionary<string, string> { ["alpha"] = "2", ["mid"] = "ü" },
                    _ => [],
                };
                events.Add(JsonSerializer.Serialize(new
                {
                    id = $"p{i}-{k}", customerId = HostileIds[i], timestamp = $"2026-11-0{1 + k}T10:00:0{i % 10}Z",
                    activity = k == 1 ? "Pay" : "Visit", channel = k == 0 ? "web" : null, properties,
                }));
            }
        }

        return Array([.. events]);
    }

    /// <summary>Asks all three servers (pushdown on, off, SQLite): the same status, and the same JSON when 200.</summary>
    private async Task<List<string>> DifferenceAllAsync(string what, string url, string? sqliteMapId = null, string? body = null)
    {
        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var http in new[] { servers.On, servers.Off, servers.Sqlite })
        {
            var asked = sqliteMapId is null || http != servers.Sqlite ? url : url.Replace(servers.MapId, sqliteMapId, StringComparison.Ordinal);
            using var content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json");
            using var response = body is null ? await http.GetAsync(asked) : await http.PostAsync(asked, content);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.True(answers[0].Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{what}: {answers[0].Body}");
        return answers.Skip(1).Any(a => a.Status != answers[0].Status || (a.Status == HttpStatusCode.OK && a.Body != answers[0].Body))
            ? [$"{what}: {string.Join("\n", answers.Select(a => $"{(int)a.Status} {a.Body}"))}"]
            : [];
    }
}
