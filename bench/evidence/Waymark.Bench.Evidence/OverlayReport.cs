using System.Globalization;

namespace Waymark.Bench.Evidence;

/// <summary>The overlay section of the report.</summary>
internal static class OverlayReport
{
    public static string Markdown(OverlayBench.Result r)
    {
        var visible = r.VisibleMs.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"""
            ## Overlay

            {r.Customers:N0} customers with two generated journeys each: {r.Events:N0} events in SQLite, a map of
            {BenchMap.Steps.Length} steps in {BenchMap.Stages.Length} stages bound to them. `GET .../overlay` computes every
            step's and stage's figures, trends and the funnel; DuckDB (in memory, table already loaded) computes only the
            step funnel with the same rules (bench/peers/duckdb/overlay.mjs).

            | measure | Waymark | DuckDB | ratio |
            |---|---:|---:|---:|
            | overlay through the API, warm (best of 15) | {r.OverlayMs:F1} ms | {r.DuckDbMs:F1} ms (funnel only) | {r.DuckDbMs / r.OverlayMs:F1}x |
            | overlay through the API, warm (median of 15) | {r.OverlayMedianMs:F1} ms | | |
            | first overlay after start (reads {r.Events:N0} rows into the log) | {r.FirstOverlayMs / 1000:F1} s | | |

            Step funnel: {r.Funnel} — {(r.Equal ? "equal to DuckDB's" : "DIFFERENT from DuckDB's")}.

            Visibility: an event sent to the ingestion API showed in the overlay {visible[0]:F0}–{visible[^1]:F0} ms after
            the 2xx (5 tries; median {visible[visible.Length / 2]:F0} ms). The refresh that merges it into the
            {r.Events:N0}-event log took {r.AppendRefreshMs:F0} ms.

            {ColdStartBench.Markdown(r.ColdStart, r.Events + 5, r.SnapshotWriteMs)}
            """);
    }
}
