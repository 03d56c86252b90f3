using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Waymark.Bench.Rules;

/// <summary>
/// Ingestion 2xx to webhook received: a reached-step rule on "visit", one new customer per event POSTed at a steady
/// rate through the ingest API, every delivery checked by signature and webhook-id. The peer, in the same run: for one
/// customer of every request, the bench itself calls the receiver as soon as the 2xx comes (the floor of "ingest, then
/// deliver": one more loopback HTTP call on the same loaded machine, with nothing stored).
/// </summary>
internal static class TriggerBench
{
    public sealed record Result(
        double Rate, int Seconds, int Batch, TimeSpan Sending, Stats Latency, Stats Direct, Stats Evaluate, Stats Deliver, Stats Ingest,
        DeliveryCheck Check, double LoadBefore, double LoadAfter, double ServerCores, bool Completed);

    public static async Task<Result> RunAsync(Receiver receiver, double rate, int seconds, int batch)
    {
        using var server = await BenchServer.StartAsync();
        var w = await BenchWorkspace.CreateAsync(server.Http, receiver.Url + "/hook", "customer.reached-step", new { kind = "reached-step", stepId = "visit" });
        receiver.Secret = w.Secret;
        await WarmUpAsync(server, w, receiver);

        var customers = (int)(rate * seconds);
        var pacer = new IngestPacer(server.Address, w.Key);
        using var direct = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(receiver.Url) };
        pacer.AfterAccepted = ids => CallDirectAsync(direct, receiver, ids[0]);
        var (load, cpu, clock) = (Machine.Load(), server.Cpu, Stopwatch.StartNew());
        var sending = await pacer.RunAsync("t", customers, rate, batch);
        var completed = await Machine.WaitAsync(() => receiver.Hooks.Count >= pacer.Accepted.Count, () => receiver.Hooks.Count,
            TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(10));
        var cores = (server.Cpu - cpu).TotalSeconds / clock.Elapsed.TotalSeconds;
        var loadAfter = Machine.Load();
        Console.WriteLine($"trigger: sent {pacer.Accepted.Count:N0} in {sending.TotalSeconds:F1} s ({pacer.Failed} failed requests); received {receiver.Hooks.Count:N0}");

        var firings = (await Firings.ReadAllAsync(server.Http, w)).Where(f => f.Customer.StartsWith('t')).ToList();
        var check = DeliveryCheck.Of([.. Enumerable.Range(0, customers).Select(i => string.Create(CultureInfo.InvariantCulture, $"t{i:D7}"))], firings, receiver);
        Console.WriteLine("trigger: " + check.Summary());
        if (!check.Clean)
        {
            Console.WriteLine(server.LogTail(30));
        }

        var accepted = pacer.Accepted;
        var fired = firings.ToDictionary(f => f.Customer, StringComparer.Ordinal);
        var hooks = receiver.Hooks.Values.Where(h => accepted.ContainsKey(h.Customer)).ToList();
        return new Result(rate, seconds, batch, sending,
            Stats.Of(hooks.Select(h => Ms(accepted[h.Customer].At, h.At))),
            Stats.Of(receiver.Direct.Values.Where(h => accepted.ContainsKey(h.Customer)).Select(h => Ms(accepted[h.Customer].At, h.At))),
            Stats.Of(fired.Where(f => accepted.ContainsKey(f.Key)).Select(f => (f.Value.FiredAt - accepted[f.Key].Utc).TotalMilliseconds)),
            Stats.Of(hooks.Where(h => fired.ContainsKey(h.Customer)).Select(h => (h.Utc - fired[h.Customer].FiredAt).TotalMilliseconds)),
            Stats.Of(pacer.RoundTrips), check, load, loadAfter, cores, completed);
    }

    /// <summary>A few hundred customers first, so the measured run does not pay for starting up (JIT, pools, caches).</summary>
    private static async Task WarmUpAsync(BenchServer server, BenchWorkspace w, Receiver receiver)
    {
        var pacer = new IngestPacer(server.Address, w.Key);
        await pacer.RunAsync("w", 500, 250, 10);
        await Machine.WaitAsync(() => receiver.Hooks.Count >= 500, () => receiver.Hooks.Count, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));
        receiver.Clear();
    }

    /// <summary>The peer: the bench delivers a signed message for the customer itself, right after the ingest 2xx.</summary>
    private static async Task CallDirectAsync(HttpClient http, Receiver receiver, string customer)
    {
        var id = "direct_" + customer;
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = $"{{\"type\":\"customer.reached-step\",\"timestamp\":\"{DateTime.UtcNow:o}\",\"data\":{{\"customer\":{{\"id\":\"{customer}\"}}}}}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/direct", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp);
        request.Headers.Add("webhook-signature", receiver.Sign(id, timestamp, body));
        using var response = await http.SendAsync(request);
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
