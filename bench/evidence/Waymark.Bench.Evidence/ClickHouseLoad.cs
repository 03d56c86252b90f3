using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Waymark.Bench.Evidence;

/// <summary>
/// The peer for ingestion into ClickHouse: the same rows inserted straight into the events table Waymark made, as
/// TabSeparated over the HTTP interface, a batch per INSERT, with no id check, JSON or validation. The ceiling the
/// API can approach on that store.
/// </summary>
internal static class ClickHouseLoad
{
    public static async Task<TimeSpan> InsertAsync(Uri url, string database, IReadOnlyList<BenchEvents.Row> rows, int batchSize)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        const string Columns = "workspace_id, source_id, customer_id, ticks, activity, channel, properties, event_id, seq";
        var query = Uri.EscapeDataString($"INSERT INTO events ({Columns}) FORMAT TabSeparated");
        var address = new Uri(url, $"?database={database}&query={query}");
        var watch = Stopwatch.StartNew();
        var body = new StringBuilder();
        for (var start = 0; start < rows.Count; start += batchSize)
        {
            body.Clear();
            for (var i = start; i < Math.Min(rows.Count, start + batchSize); i++)
            {
                // The generator's names hold no tab, newline or backslash, so they go in as they are.
                var r = rows[i];
                body.Append("demo\tsrc_demo\t").Append(r.Customer).Append('\t').Append(r.Ticks.ToString(CultureInfo.InvariantCulture))
                    .Append('\t').Append(r.Activity).Append('\t').Append(r.Channel ?? "\\N").Append("\t\\N\t").Append(r.Id)
                    .Append('\t').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            using var content = new StringContent(body.ToString(), Encoding.UTF8);
            using var response = await http.PostAsync(address, content);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"ClickHouse insert: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        return watch.Elapsed;
    }
}
