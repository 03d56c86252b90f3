using System.Globalization;
using System.Text;

namespace Waymark.Bench.Rules;

/// <summary>The results as Markdown: both measures with their checks, the peer ratio, and the load they were measured under.</summary>
internal static class RulesReport
{
    public static string Markdown(BenchSize size, TriggerBench.Result? trigger, StallBench.Result? stall)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        Line("# Rules benchmarks");
        Line();
        Line(string.Create(CultureInfo.InvariantCulture,
            $"Run by `bench/rules/run.sh {size.Name}` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. A real Waymark server process on SQLite (product defaults; loopback receivers allowed, ingest rate limit opened), events POSTed to `/api/ingest/events` with an API key, a receiver on loopback that checks every Standard Webhooks signature. Times in ms."));
        if (trigger is { } t)
        {
            Line();
            Line(string.Create(CultureInfo.InvariantCulture,
                $"## Ingestion 2xx to webhook received: {t.Rate:N0} triggers/s for {t.Seconds} s ({t.Batch} events a request)"));
            Line();
            Line("| measure | count | p50 | p95 | p99 | max |");
            Line("|---|---:|---:|---:|---:|---:|");
            Line($"| 2xx to webhook received (reached-step rule) | {t.Latency.Row()} |");
            Line($"| ... 2xx to firing row (evaluation) | {t.Evaluate.Row()} |");
            Line($"| ... firing row to webhook received (delivery) | {t.Deliver.Row()} |");
            Line($"| peer: 2xx to receiver called by the bench directly | {t.Direct.Row()} |");
            Line($"| ingest request round trip | {t.Ingest.Row()} |");
            Line();
            Line(string.Create(CultureInfo.InvariantCulture,
                $"Ratio to the peer (p50 / p50): {t.Latency.P50 / t.Direct.P50:F0}x; p95: {t.Latency.P95 / t.Direct.P95:F0}x. Sent in {t.Sending.TotalSeconds:F1} s; {(t.Completed ? "all arrived" : "NOT all arrived")}. {t.Check.Summary()}. Server process used {t.ServerCores:F2} cores on average; load average {t.LoadBefore:F1} before, {t.LoadAfter:F1} after."));
        }

        if (stall is { } s)
        {
            Line();
            Line(string.Create(CultureInfo.InvariantCulture,
                $"## Stall timers: {s.Customers:N0} armed over {s.Spread} s, {StallBench.WaitSeconds} s wait"));
            Line();
            Line("| lateness after the deadline | count | p50 | p95 | p99 | max |");
            Line("|---|---:|---:|---:|---:|---:|");
            Line($"| firing row written | {s.Fired.Row()} |");
            Line($"| webhook received | {s.Received.Row()} |");
            Line();
            Line(string.Create(CultureInfo.InvariantCulture,
                $"Later than 5 s: {s.FiredLate5s:N0} firings, {s.ReceivedLate5s:N0} webhooks; fired before the deadline: {s.FiredEarly}. Armed in {s.Sending.TotalSeconds:F1} s; {(s.Completed ? "all arrived" : "NOT all arrived")}. {s.Check.Summary()}. Server process used {s.ServerCores:F2} cores on average; load average {s.LoadBefore:F1} before, {s.LoadAfter:F1} after."));
        }

        return md.ToString();
    }
}
