using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Waymark.Server.Tests.Webhooks;

/// <summary>How the receiver answers one request.</summary>
public enum ReceiverAnswer
{
    Ok,
    ServerError,
    Timeout,
    CloseConnection,
    Gone,
}

/// <summary>
/// A real HTTP receiver (Kestrel on a free loopback port) that keeps every request it gets with its Standard Webhooks
/// headers, answers as <see cref="Answer"/> says for the n-th request, and dedupes accepted messages by webhook-id as
/// a real receiver would. Signatures are checked by <see cref="Verifies"/>, an HMAC computed here, not the server's.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _requests = new();
    private readonly ConcurrentDictionary<string, int> _accepted = new();
    private int _count;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The answer to the n-th request (1-based); Ok unless set.</summary>
    public Func<int, ReceiverAnswer> Answer { get; set; } = _ => ReceiverAnswer.Ok;

    public string Url { get; private set; } = "";

    public IReadOnlyList<Received> Requests => [.. _requests];

    /// <summary>Each webhook-id the receiver answered 2xx to, with how many times it did (a real receiver processes the first only).</summary>
    public IReadOnlyDictionary<string, int> Accepted => _accepted;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.First() + "/hook";
        return receiver;
    }

    /// <summary>Whether the signature header holds a v1 signature made with <paramref name="secret"/> ("whsec_" + base64 key).</summary>
    public static bool Verifies(Received r, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{r.Id}.{r.Timestamp}.{r.Body}")));
        return r.Signature.Split(' ').Any(s => s.StartsWith("v1,", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s[3..]), Encoding.ASCII.GetBytes(expected)));
    }

    public async Task WaitAsync(Func<WebhookReceiver, bool> done, int seconds = 90)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(this))
        {
            Assert.True(DateTime.UtcNow < until, $"The receiver waited {seconds} s; it got {_requests.Count} requests, accepted {_accepted.Count} ids.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var r = new Received(http.Request.Headers["webhook-id"].ToString(), http.Request.Headers["webhook-timestamp"].ToString(),
            http.Request.Headers["webhook-signature"].ToString(), body);
        _requests.Enqueue(r);
        switch (Answer(Interlocked.Increment(ref _count)))
        {
            case ReceiverAnswer.ServerError:
                http.Response.StatusCode = 500;
                await http.Response.WriteAsync("<b>receiver down</b>");
                break;
            case ReceiverAnswer.Timeout:
                await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case ReceiverAnswer.CloseConnection:
                http.Abort();
                break;
            case ReceiverAnswer.Gone:
                http.Response.StatusCode = 410;
                break;
            default:
                _accepted.AddOrUpdate(r.Id, 1, (_, n) => n + 1);
                await http.Response.WriteAsync("ok " + r.Id);
                break;
        }
    }

    public sealed record Received(string Id, string Timestamp, string Signature, string Body);
}
