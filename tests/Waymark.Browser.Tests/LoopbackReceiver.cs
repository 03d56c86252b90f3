using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Waymark.Browser.Tests;

/// <summary>
/// A webhook receiver on a free loopback port (Kestrel): keeps every request with its Standard Webhooks headers and
/// answers 200 with a short text naming the webhook-id, so the delivery log has an answer to show. Signatures are
/// checked with an HMAC computed here, not with the server's code.
/// </summary>
public sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _requests = new();

    private LoopbackReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<Received> Requests => [.. _requests];

    public static async Task<LoopbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new LoopbackReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.First() + "/hook";
        return receiver;
    }

    /// <summary>Whether the request carries a v1 signature made with <paramref name="secret"/> ("whsec_" + base64 key).</summary>
    public static bool Verifies(Received r, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{r.Id}.{r.Timestamp}.{r.Body}")));
        return r.Signature.Split(' ').Any(s => s.StartsWith("v1,", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s[3..]), Encoding.ASCII.GetBytes(expected)));
    }

    /// <summary>Waits until the requests satisfy <paramref name="done"/>, failing after <paramref name="seconds"/>.</summary>
    public async Task WaitAsync(Func<IReadOnlyList<Received>, bool> done, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(Requests))
        {
            Assert.True(DateTime.UtcNow < until, $"The receiver waited {seconds} s and got {Requests.Count} requests.");
            await Task.Delay(100);
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
        // Markup in the answer: the delivery log shows it as text.
        await http.Response.WriteAsync($"<b>ok</b> {r.Id}");
    }

    public sealed record Received(string Id, string Timestamp, string Signature, string Body);
}
