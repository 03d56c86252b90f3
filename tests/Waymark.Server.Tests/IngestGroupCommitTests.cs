using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Testing;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>
/// Ingest requests that arrive while SQLite's write lock is taken are committed together by the event store's group
/// writer (one transaction, one fsync), and each still keeps the ingestion promises: its 2xx only after its events
/// are stored, its own accepted and duplicate counts, and an event id sent in two requests of one group stored once.
/// </summary>
public sealed class IngestGroupCommitTests : IDisposable
{
    private const int Requests = 10;
    private readonly string _connectionString = TempSqlite.NewMigratedConnectionString();
    private readonly WaymarkFactory _factory;
    private readonly HttpClient _http;

    public IngestGroupCommitTests()
    {
        _factory = new WaymarkFactory("Sqlite", _connectionString);
        _http = _factory.CreateClient();
    }

    [Fact]
    public async Task Ingest_ConcurrentRequestsBehindTheWriteLock_OneCommitEachAnsweredWithItsOwnCounts()
    {
        var (_, key) = await CreateKeyAsync(_http);
        var store = (SqliteEventStore)_factory.Services.GetRequiredService<IEventStore>();
        var (commits, queued) = (store.Commits, store.Queued);
        Task<HttpResponseMessage>[] posts;
        await using (var connection = await SqliteDurability.OpenAsync(_connectionString, CancellationToken.None))
        await using (await connection.BeginTransactionAsync()) // holds the write lock
        {
            var first = PostAsync(_http, key, Array(Event("c0", "Visited", id: "e0")));
            await GroupWriterWait.UntilAsync(() => store.Queued == queued + 1 && store.Waiting == 0); // taken alone, waiting for the lock
            var rest = Enumerable.Range(1, Requests - 1).Select(r => PostAsync(_http, key, Array(
                Event($"c{r}", "Visited", id: $"e{r}"), Event($"c{r}", "Clicked", id: r is 4 or 5 ? "shared" : $"e{r}-2")))).ToArray();
            await GroupWriterWait.UntilAsync(() => store.Waiting == Requests - 1);
            Assert.All(rest, t => Assert.False(t.IsCompleted)); // no answer before the commit
            posts = [first, .. rest];
        }

        var responses = await Task.WhenAll(posts);
        var bodies = await Task.WhenAll(responses.Select(JsonAsync));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(commits + 2, store.Commits); // the first request alone, the nine that queued behind it in one
        // Requests 4 and 5 both send "shared": whichever of the group came first stored it, the other counts it a duplicate.
        var shared = new[] { bodies[4], bodies[5] }.Select(b => (b.GetProperty("accepted").GetInt32(), b.GetProperty("duplicates").GetInt32())).Order();
        Assert.Equal([(1, 1), (2, 0)], shared);
        Assert.Equal(1, bodies.Sum(b => b.GetProperty("duplicates").GetInt32()));
        Assert.Equal(1 + ((Requests - 1) * 2) - 1, bodies.Sum(b => b.GetProperty("accepted").GetInt32()));
        var activities = await ActivitiesAsync(_http);
        Assert.Equal((Requests, Requests), activities["Visited"]);
        Assert.Equal((Requests - 2L, Requests - 2L), activities["Clicked"]);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
    }
}
