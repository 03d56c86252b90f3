using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Server.Features.Security;
using Waymark.Server.Features.Uploads;
using static Waymark.Server.Tests.ImportsClient;

namespace Waymark.Server.Tests;

/// <summary>
/// The audit's gzip bombs (about 1 GB of rows in 2.5 MB) against the shipped upload limits: refused while streaming,
/// with this process's resident memory growing less than 100 MB, and uploads over the concurrency bound answered
/// 503 without being read. Nothing is stored. Each provider runs every test, alone (memory is measured).
/// </summary>
public abstract class UploadLimitsTests : IDisposable
{
    private const double BoundMb = 100;
    private readonly WaymarkFactory _factory;

    protected UploadLimitsTests(string provider, string connectionString)
    {
        // The shipped limits; only the wait for a free upload slot is shortened.
        _factory = new WaymarkFactory(provider, connectionString, new Dictionary<string, string> { ["Imports:UploadWaitSeconds"] = "0.5" });
        Http = _factory.CreateClient();
        Http.Timeout = TimeSpan.FromMinutes(5);
    }

    protected HttpClient Http { get; }

    [Fact]
    public async Task Import_GzipBomb_413NamesTheRatioLimitAndMemoryStaysBounded()
    {
        var bomb = GzipBombs.Events;
        var ws = await WarmWorkspaceAsync();

        using var memory = ResidentMemory.Watch();
        using var response = await UploadAsync(Http, ws, bomb, "fileName=bomb.csv.gz");
        var (peak, settled) = (memory.PeakGrowthMb, memory.SettledGrowthMb());

        Assert.True(peak < BoundMb, $"resident memory grew {peak:F0} MB while the bomb was refused");
        Assert.True(settled < BoundMb, $"resident memory stayed {settled:F0} MB higher after the bomb was refused");
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Imports:MaxCompressionRatio", problem.GetProperty("setting").GetString());
        Assert.Contains("(Imports:MaxCompressionRatio)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await EventCountAsync(Http, ws));
    }

    [Fact]
    public async Task FeedbackImport_GzipBomb_413NamesTheRatioLimitAndMemoryStaysBounded()
    {
        var bomb = GzipBombs.Feedback;
        var ws = await WarmWorkspaceAsync();

        using var memory = ResidentMemory.Watch();
        using var response = await FeedbackClient.UploadAsync(Http, ws, bomb, "fileName=bomb.csv.gz");
        var (peak, settled) = (memory.PeakGrowthMb, memory.SettledGrowthMb());

        Assert.True(peak < BoundMb, $"resident memory grew {peak:F0} MB while the bomb was refused");
        Assert.True(settled < BoundMb, $"resident memory stayed {settled:F0} MB higher after the bomb was refused");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Imports:MaxCompressionRatio", (await ApiClient.ProblemAsync(response)).GetProperty("setting").GetString());
        Assert.Equal(0, await FeedbackClient.ItemCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_MoreUploadsThanTheBound_503WithRetryAfterUnreadAndMemoryStaysBounded()
    {
        var (events, feedback) = (GzipBombs.Events, GzipBombs.Feedback);
        var ws = await WarmWorkspaceAsync();
        var gate = _factory.Services.GetRequiredService<UploadGate>();

        using var memory = ResidentMemory.Watch();
        using var heldEvents = new HeldContent(events, 4_096);
        using var heldFeedback = new HeldContent(feedback, 4_096);
        var first = PostAsync($"/api/workspaces/{ws}/imports?fileName=bomb.csv.gz", heldEvents);
        var second = PostAsync($"/api/workspaces/{ws}/feedback/imports?fileName=bomb.csv.gz", heldFeedback);
        await WaitUntilAsync(() => gate.InUse == 2);
        using var third = await UploadAsync(Http, ws, events, "fileName=bomb.csv.gz");
        using var fourth = await FeedbackClient.UploadAsync(Http, ws, feedback, "fileName=bomb.csv.gz");
        heldEvents.Release();
        heldFeedback.Release();
        using var firstDone = await first;
        using var secondDone = await second;
        var peak = memory.PeakGrowthMb;

        Assert.True(peak < BoundMb, $"resident memory grew {peak:F0} MB with four bombs sent at once");
        foreach (var busy in new[] { third, fourth })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(10), busy.Headers.RetryAfter?.Delta);
            Assert.Equal("Imports:MaxConcurrentUploads", (await ApiClient.ProblemAsync(busy)).GetProperty("setting").GetString());
        }

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.RequestEntityTooLarge), (firstDone.StatusCode, secondDone.StatusCode));
        Assert.Equal(0, gate.InUse);
        Assert.Equal(0, await EventCountAsync(Http, ws));
        Assert.Equal(0, await FeedbackClient.ItemCountAsync(Http, ws));
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new workspace, after one small upload of each kind elsewhere, so first-use costs are not measured.</summary>
    private async Task<string> WarmWorkspaceAsync()
    {
        var warm = await NewWorkspaceAsync(Http);
        var csv = Gzip(Encoding.UTF8.GetBytes("customer_id,activity,timestamp\nc1,Visited,2026-11-01T10:00:00Z\n"));
        using (var events = await UploadAsync(Http, warm, csv, "fileName=warm.csv.gz"))
        using (var feedback = await FeedbackClient.UploadAsync(Http, warm, Encoding.UTF8.GetBytes("time,text\n2026-11-01,fine\n"), "fileName=warm.csv"))
        {
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (events.StatusCode, feedback.StatusCode));
        }

        return await NewWorkspaceAsync(Http);
    }

    /// <summary>Posts through the test server's own client: the factory's client buffers a body whole before sending it.</summary>
    private async Task<HttpResponseMessage> PostAsync(string url, HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var streaming = _factory.Server.CreateClient();
        streaming.DefaultRequestHeaders.Add(ClientHeader.Name, "tests"); // this client skips the factory's defaults
        streaming.Timeout = TimeSpan.FromMinutes(5);
        return await streaming.PostAsync(url, content);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the held uploads never both started");
            await Task.Delay(10);
        }
    }
}
