using System.Collections.Concurrent;
using System.Net;
using Waymark.Testing;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>
/// A 2xx from ingestion means durable: the server process is killed (SIGKILL) the moment an answer arrives while
/// other batches are in flight, restarted on the same SQLite file, and every acknowledged event (or feedback item)
/// must be there.
/// </summary>
public sealed class IngestDurabilityTests : IDisposable
{
    private const int Senders = 4;
    private const int BatchSize = 200;
    private const int KillAfterAcks = 12;

    private readonly string _folder = Directory.CreateTempSubdirectory("waymark-durability-").FullName;

    [Theory]
    [InlineData("events")]
    [InlineData("feedback")]
    public async Task Ingest_ServerKilledRightAfter2xx_KeepsEveryAcknowledgedItem(string route)
    {
        Func<string, string> batchOf = route == "events" ? Batch : FeedbackBatch;
        Func<HttpClient, string, string, Task<HttpResponseMessage>> post = route == "events"
            ? (http, key, body) => PostAsync(http, key, body)
            : (http, key, body) => FeedbackClient.PostAsync(http, key, body);
        var file = Path.Combine(_folder, "waymark.db");
        var acknowledged = new ConcurrentBag<string>();
        string key;
        using (var server = await ServerProcess.StartAsync(file, _folder))
        {
            using var http = WaymarkHttp.Client(server.Address);
            (_, key) = await CreateKeyAsync(http);
            var killed = 0;
            await Task.WhenAll(Enumerable.Range(0, Senders).Select(s => Task.Run(async () =>
            {
                for (var b = 0; Volatile.Read(ref killed) == 0; b++)
                {
                    var batch = batchOf($"s{s}-b{b}");
                    try
                    {
                        using var response = await post(http, key, batch);
                        if (response.StatusCode != HttpStatusCode.OK) return;
                        acknowledged.Add(batch);
                        if (acknowledged.Count >= KillAfterAcks && Interlocked.Exchange(ref killed, 1) == 0)
                        {
                            server.Kill();
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return;
                    }
                }
            })));
        }

        using var restarted = await ServerProcess.StartAsync(file, _folder);
        using var client = WaymarkHttp.Client(restarted.Address);
        Assert.True(acknowledged.Count >= KillAfterAcks);
        foreach (var batch in acknowledged)
        {
            // Re-sending an acknowledged batch must find every item already stored (all duplicates).
            using var response = await post(client, key, batch);
            var body = await JsonAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, body.GetProperty("accepted").GetInt32());
            Assert.Equal(BatchSize, body.GetProperty("duplicates").GetInt32());
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process: the temp folder is cleaned by the OS later.
        }
    }

    private static string Batch(string prefix) => Array(Enumerable.Range(0, BatchSize)
        .Select(i => Event($"{prefix}-c{i % 17}", i % 3 == 0 ? "Visited" : "Clicked", id: $"{prefix}-{i}"))
        .ToArray());

    private static string FeedbackBatch(string prefix) => FeedbackClient.Batch(Enumerable.Range(0, BatchSize)
        .Select(i => FeedbackClient.Item($"{prefix}: the import {(i % 2 == 0 ? "failed" : "worked")} 🙂", customer: $"{prefix}-c{i % 17}",
            id: i % 4 == 0 ? null : $"{prefix}-{i}", score: i % 11, scoreType: "nps"))
        .ToArray());
}
