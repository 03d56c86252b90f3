using System.Diagnostics;
using System.Globalization;

namespace Waymark.Bench.Rules;

/// <summary>
/// Stall timers firing on time: a stalled rule (reached "visit", not "buy" within 60 s, the shortest wait a rule may
/// have), and <c>customers</c> new customers reaching "visit" live over <c>spread</c> seconds, so as many timers are
/// armed and their deadlines (event time + 60 s) fall over that spread. For each: the lateness of its firing (the
/// firing row's time) and of its webhook's arrival at the receiver, against its deadline.
/// </summary>
internal static class StallBench
{
    public const int WaitSeconds = 60;

    public sealed record Result(
        int Customers, int Spread, TimeSpan Sending, Stats Fired, Stats Received, int FiredEarly, int ReceivedLate5s, int FiredLate5s,
        DeliveryCheck Check, double LoadBefore, double LoadAfter, double ServerCores, bool Completed);

    public static async Task<Result> RunAsync(Receiver receiver, int customers, int spread, int batch)
    {
        using var server = await BenchServer.StartAsync();
        var trigger = new { kind = "stalled", stepId = "visit", untilStepId = "buy", withinSeconds = WaitSeconds };
        var w = await BenchWorkspace.CreateAsync(server.Http, receiver.Url + "/hook", "customer.stalled", trigger);
        receiver.Clear();
        receiver.Secret = w.Secret;

        var pacer = new IngestPacer(server.Address, w.Key);
        var (load, cpu, clock) = (Machine.Load(), server.Cpu, Stopwatch.StartNew());
        var sending = await pacer.RunAsync("s", customers, customers / (double)spread, batch);
        Console.WriteLine($"stall: armed by {pacer.Accepted.Count:N0} customers in {sending.TotalSeconds:F1} s ({pacer.Failed} failed requests)");
        var first = pacer.Accepted.Values.Min(a => a.EventTime).AddSeconds(WaitSeconds);
        if (first > DateTime.UtcNow)
        {
            await Task.Delay(first - DateTime.UtcNow);
        }

        var completed = await Machine.WaitAsync(() => receiver.Hooks.Count >= pacer.Accepted.Count, () => receiver.Hooks.Count,
            TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(15));
        var cores = (server.Cpu - cpu).TotalSeconds / clock.Elapsed.TotalSeconds;
        var loadAfter = Machine.Load();
        Console.WriteLine($"stall: received {receiver.Hooks.Count:N0} webhooks");

        var firings = await Firings.ReadAllAsync(server.Http, w);
        var check = DeliveryCheck.Of([.. Enumerable.Range(0, customers).Select(i => string.Create(CultureInfo.InvariantCulture, $"s{i:D7}"))], firings, receiver);
        Console.WriteLine("stall: " + check.Summary());
        if (!check.Clean)
        {
            Console.WriteLine(server.LogTail(30));
        }

        var deadline = pacer.Accepted.ToDictionary(a => a.Key, a => a.Value.EventTime.AddSeconds(WaitSeconds), StringComparer.Ordinal);
        var fired = firings.Where(f => deadline.ContainsKey(f.Customer)).Select(f => (f.FiredAt - deadline[f.Customer]).TotalMilliseconds).ToList();
        var received = receiver.Hooks.Values.Where(h => deadline.ContainsKey(h.Customer)).Select(h => (h.Utc - deadline[h.Customer]).TotalMilliseconds).ToList();
        return new Result(customers, spread, sending, Stats.Of(fired), Stats.Of(received), fired.Count(ms => ms < 0),
            received.Count(ms => ms > 5000), fired.Count(ms => ms > 5000), check, load, loadAfter, cores, completed);
    }
}
