using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Waymark.Bench.Rules;

/// <summary>
/// The webhook receiver: Kestrel on a free loopback port. Every request's Standard Webhooks signature is checked with
/// an HMAC computed here (not the server's code); a good one is answered 200 and recorded by webhook-id with the time
/// it arrived and the customer it names; a bad one is answered 400 and counted. <c>/hook</c> takes Waymark's
/// deliveries, <c>/direct</c> the bench's own calls (the peer), through the same code.
/// </summary>
internal sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private byte[] _key = [];
    private int _badSignatures;

    private Receiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>Waymark's deliveries by webhook-id.</summary>
    public ConcurrentDictionary<string, Hit> Hooks { get; } = new(StringComparer.Ordinal);

    /// <summary>The bench's direct calls by webhook-id.</summary>
    public ConcurrentDictionary<string, Hit> Direct { get; } = new(StringComparer.Ordinal);

    public int BadSignatures => _badSignatures;

    /// <summary>The endpoint's secret ("whsec_" + base64 key), known once the endpoint is created.</summary>
    public string Secret
    {
        set => _key = Convert.FromBase64String(value["whsec_".Length..]);
    }

    public static async Task<Receiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new Receiver(app);
        app.MapPost("/hook", http => receiver.HandleAsync(http, receiver.Hooks));
        app.MapPost("/direct", http => receiver.HandleAsync(http, receiver.Direct));
        await app.StartAsync();
        receiver.Url = app.Urls.First();
        return receiver;
    }

    /// <summary>The Standard Webhooks signature of a message: v1, base64 of HMAC-SHA256 over "{id}.{timestamp}.{body}".</summary>
    public string Sign(string id, string timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));

    public void Clear()
    {
        Hooks.Clear();
        Direct.Clear();
        _badSignatures = 0;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext http, ConcurrentDictionary<string, Hit> into)
    {
        var at = Stopwatch.GetTimestamp();
        var utc = DateTime.UtcNow;
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var id = http.Request.Headers["webhook-id"].ToString();
        if (!Verifies(id, http.Request.Headers["webhook-timestamp"].ToString(), http.Request.Headers["webhook-signature"].ToString(), body))
        {
            Interlocked.Increment(ref _badSignatures);
            http.Response.StatusCode = 400;
            return;
        }

        var customer = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("customer").GetProperty("id").GetString()!;
        var hit = into.GetOrAdd(id, _ => new Hit(customer, at, utc));
        hit.Arrived();
        http.Response.StatusCode = 200;
    }

    private bool Verifies(string id, string timestamp, string header, string body)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(id, timestamp, body));
        return header.Split(' ').Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected));
    }

    /// <summary>A webhook-id's first arrival (Stopwatch ticks and UTC) and how many times it came.</summary>
    internal sealed class Hit(string customer, long at, DateTime utc)
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public string Customer { get; } = customer;

        public long At { get; } = at;

        public DateTime Utc { get; } = utc;

        public void Arrived() => Interlocked.Increment(ref _count);
    }
}
