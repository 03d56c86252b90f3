using System.Globalization;
using System.Text;

namespace Waymark.Bench.Explorer;

/// <summary>The report: one line per query, Waymark's p50/p95 through the API beside FTS5's, and the ratio of medians.</summary>
internal static class Report
{
    public static string Markdown(int count, int repeats, double storeSeconds, double firstSeconds, double peerLoadSeconds, List<Row> rows)
    {
        var s = new StringBuilder();
        s.AppendLine(Invariant($"# Feedback explorer search: {count:N0} items"));
        s.AppendLine();
        s.AppendLine(Invariant($"Run by `bench/explorer/run.sh` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}. Waymark: GET"));
        s.AppendLine("/api/workspaces/demo/feedback/search on a real server over loopback HTTP (total, the newest 50 with highlights, and");
        s.AppendLine("every facet count). Peer: SQLite FTS5 (unicode61, accents removed) in memory over the same texts, in process (count");
        s.AppendLine(Invariant($"and the newest 50, no facets). {repeats} runs per query after one warm-up; ratio = FTS5 p50 / Waymark p50."));
        s.AppendLine();
        s.AppendLine("| query | matches | Waymark p50 ms | Waymark p95 ms | FTS5 p50 ms | FTS5 p95 ms | ratio | same items |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in rows)
        {
            var (w50, w95) = (Row.Percentile(r.Waymark, 0.5), Row.Percentile(r.Waymark, 0.95));
            var (f50, f95) = (Row.Percentile(r.Fts5, 0.5), Row.Percentile(r.Fts5, 0.95));
            s.AppendLine(Invariant($"| {r.Name} (`{r.Query}`) | {r.Total:N0} | {w50:0.0} | {w95:0.0} | {f50:0.0} | {f95:0.0} | {f50 / w50:0.0}x | {(r.Equal ? "yes" : "NO")} |"));
        }

        s.AppendLine();
        s.AppendLine(Invariant($"Loading: the {count:N0} items appended to SQLite in {storeSeconds:0.0} s; the first search (reading the rows, analysing every"));
        s.AppendLine(Invariant($"text, building the index) {firstSeconds:0.0} s, once per snapshot; FTS5's load (insert and index) {peerLoadSeconds:0.0} s."));
        return s.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
