using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Waymark.Server.Features.Ingest;
using Waymark.Server.Features.Security;
using Waymark.Testing;
using static Waymark.Server.Tests.IngestClient;

namespace Waymark.Server.Tests;

/// <summary>
/// Requests with wrong API keys are limited per client address, before the key is looked up. The server runs on
/// Kestrel so that requests can come from two real loopback addresses (127.0.0.1 and 127.0.0.2).
/// </summary>
public sealed class FailedKeyLimitTests
{
    private const string WrongKey = "wmk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    [Fact]
    public async Task Ingest_BurstOfWrongKeys_Gets429AndARightKeyFromAnotherAddressStillWorks()
    {
        await using var server = await LiveWaymarkServer.StartAsync("--Ingest:FailedKeyBurst=5", "--Ingest:FailedKeysPerMinute=1");
        using var here = Client(server, "127.0.0.1");
        using var guesser = Client(server, "127.0.0.2");
        var (_, key) = await CreateKeyAsync(here);

        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 40; i++)
        {
            using var response = await PostAsync(guesser, WrongKey, Array(Event("c1", "Visited")));
            statuses.Add(response.StatusCode);
            retryAfter ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response.Headers.RetryAfter?.Delta : null;
        }

        using var rightKeyHere = await PostAsync(here, key, Array(Event("c1", "Visited")));
        using var wrongKeyHere = await PostAsync(here, WrongKey, Array(Event("c1", "Visited")));
        using var rightKeyFromGuesser = await PostAsync(guesser, key, Array(Event("c2", "Visited")));
        using var feedbackFromGuesser = await FeedbackClient.PostAsync(guesser, key, """{"feedback":[{"customerId":"c1","text":"hi"}]}""");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 35), statuses.Skip(5));
        Assert.True(retryAfter >= TimeSpan.FromSeconds(1), $"Retry-After: {retryAfter}");
        Assert.Equal(HttpStatusCode.OK, rightKeyHere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKeyHere.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightKeyFromGuesser.StatusCode); // refused before its key is read
        Assert.Equal(HttpStatusCode.TooManyRequests, feedbackFromGuesser.StatusCode);
        var activities = await here.GetFromJsonAsync<JsonElement>($"/api/workspaces/{ApiClient.Workspace}/activities");
        Assert.Equal(1, activities.EnumerateArray().Single().GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task Ingest_RightKeysOnly_NeverCountAsFailures()
    {
        await using var server = await LiveWaymarkServer.StartAsync("--Ingest:FailedKeyBurst=1", "--Ingest:FailedKeysPerMinute=1");
        using var http = Client(server, "127.0.0.1");
        var (_, key) = await CreateKeyAsync(http);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await PostAsync(http, key, Array(Event("c" + i, "Visited")));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public void FailedKeyBuckets_Refill_OneTokenPerPeriodUpToTheBurst()
    {
        var clock = new ManualClock();
        var buckets = new FailedKeyBuckets(burst: 2, perMinute: 2, clock);

        buckets.Failed("a");
        var afterOne = buckets.Wait("a");
        buckets.Failed("a");
        var afterTwo = buckets.Wait("a");
        clock.Advance(TimeSpan.FromSeconds(29));
        var almost = buckets.Wait("a");
        clock.Advance(TimeSpan.FromSeconds(1));
        var refilled = buckets.Wait("a");

        Assert.Null(afterOne);
        Assert.Equal(TimeSpan.FromSeconds(30), afterTwo);
        Assert.Equal(TimeSpan.FromSeconds(1), almost);
        Assert.Null(refilled);
        Assert.Null(buckets.Wait("b"));
    }

    [Fact]
    public void FailedKeyBuckets_ManyAddresses_FullBucketsAreSweptOut()
    {
        var clock = new ManualClock();
        var buckets = new FailedKeyBuckets(burst: 5, perMinute: 60, clock);
        for (var i = 0; i < 10_000; i++)
        {
            buckets.Failed("old " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 10; i++)
        {
            buckets.Failed("new " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.InRange(buckets.Count, 1, 10);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ClientAddress_Of_CountsIpv4HostsAndIpv6Networks(string address, string expected)
    {
        Assert.Equal(expected, ClientAddress.Of(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("FailedKeyBurst", "0")]
    [InlineData("FailedKeysPerMinute", "-1")]
    public void Start_NonPositiveFailedKeyLimit_FailsNamingTheSetting(string setting, string value)
    {
        using var factory = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString(), new Dictionary<string, string> { [$"Ingest:{setting}"] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        while (error is not OptionsValidationException && error.InnerException is not null)
        {
            error = error.InnerException;
        }

        Assert.Contains(setting, Assert.IsType<OptionsValidationException>(error).Message, StringComparison.Ordinal);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>A client whose connections come from <paramref name="localAddress"/> (any 127.x address is loopback on Linux).</summary>
    private static HttpClient Client(LiveWaymarkServer server, string localAddress)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var http = new HttpClient(handler) { BaseAddress = server.Address };
        http.DefaultRequestHeaders.Add(ClientHeader.Name, "tests"); // what Waymark's own clients send (ADR 009)
        return http;
    }
}
