using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Server.Features.Ingest;
using static Waymark.Server.Tests.Audit.ActivityClient;

namespace Waymark.Server.Tests.Audit;

/// <summary>
/// Ingestion through a key writes at most one line an hour per key and kind: the first batch at once, the rest
/// summed into the next line; each provider runs every test.
/// </summary>
public abstract class IngestActivityTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 5, 14, 5, 0, TimeSpan.Zero));

    [Fact]
    public async Task ManyBatchesInAnHour_OneLineAtOnceThenOneSumWhenTheHourIsOver()
    {
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock)));
        using var http = factory.CreateClient();
        var ws = await ImportsClient.NewWorkspaceAsync(http);
        var (_, key) = await IngestClient.CreateKeyAsync(http, ws, "Shop backend");

        await SendAsync(http, key, 0);
        for (var i = 1; i <= 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(10));
            await SendAsync(http, key, i);
        }

        var withinTheHour = await LinesAsync(http, ws, "action=ingest");
        _clock.Advance(TimeSpan.FromMinutes(25)); // 65 minutes after the first line
        await SendAsync(http, key, 5);
        var after = await LinesAsync(http, ws, "action=ingest");

        Assert.Equal(["1 batch: 2 stored, 0 already stored, 1 rejected (since 14:05 UTC)"], withinTheHour.Select(l => Text(l, "detail")));
        Assert.Equal("5 batches: 10 stored, 0 already stored, 5 rejected (since 14:15 UTC)", Text(after[0], "detail"));
        Assert.Equal("Shop backend", Text(after[0], "actorName"));
        Assert.Equal(2, after.Length);
    }

    [Fact]
    public async Task KeyGoesQuiet_FlushWritesThePendingSumOnlyAfterTheHour()
    {
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock)));
        using var http = factory.CreateClient();
        var activity = factory.Services.GetRequiredService<IngestActivity>();
        var ws = await ImportsClient.NewWorkspaceAsync(http);
        var (_, key) = await IngestClient.CreateKeyAsync(http, ws, "Shop backend");
        await SendAsync(http, key, 0);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(http, key, 1);

        await activity.FlushAsync(all: false);
        var early = await LinesAsync(http, ws, "action=ingest.events");
        _clock.Advance(TimeSpan.FromMinutes(60));
        await activity.FlushAsync(all: false);
        var late = await LinesAsync(http, ws, "action=ingest.events");

        Assert.Single(early);
        Assert.Equal(2, late.Length);
        Assert.Equal("1 batch: 2 stored, 0 already stored, 1 rejected (since 14:06 UTC)", Text(late[0], "detail"));
    }

    [Fact]
    public async Task FeedbackBatch_RecordedUnderItsOwnAction()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var (keyId, key) = await IngestClient.CreateKeyAsync(Http, ws, "Survey tool");

        using var sent = await FeedbackClient.PostAsync(Http, key, FeedbackClient.Batch(FeedbackClient.Item("Great", score: 9, scoreType: "nps")));
        var line = await OnlyAsync(Http, ws, "ingest.feedback");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(keyId, Text(line, "actorId"));
        Assert.StartsWith("1 batch: 1 stored", Text(line, "detail"), StringComparison.Ordinal);
    }

    /// <summary>Two good events and one rejected (no activity), with ids unique to the batch.</summary>
    private static async Task SendAsync(HttpClient http, string key, int batch)
    {
        var body = "[" + IngestClient.Event("c1", "Visit", id: $"b{batch}-1") + "," + IngestClient.Event("c2", "Visit", id: $"b{batch}-2") + ","
            + IngestClient.Event("c3", "", id: $"b{batch}-3") + "]";
        using var response = await IngestClient.PostAsync(http, key, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
