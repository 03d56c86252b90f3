using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Waymark.Bench.Evidence;

namespace Waymark.Bench.Explore;

/// <summary>
/// DuckDB (in memory, its official Node package) on the same events: loads them once, then runs each named query
/// of bench/peers/duckdb/explore.mjs <c>repeat</c> times and reports the best time and the rows.
/// </summary>
internal static class DuckDbPeer
{
    public sealed record Answer(double Ms, JsonElement Rows);

    public static Dictionary<string, Answer> Run(List<BenchEvents.Row> rows, object queries, int repeat)
    {
        var csv = Path.Combine(Path.GetTempPath(), "waymark-bench-explore-" + Guid.NewGuid().ToString("N") + ".csv");
        var spec = csv + ".json";
        try
        {
            using (var writer = new StreamWriter(csv))
            {
                writer.WriteLine("customer_id,timestamp,activity,channel");
                foreach (var r in rows)
                {
                    writer.Write(r.Customer);
                    writer.Write(',');
                    writer.Write(new DateTime(r.Ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(r.Activity);
                    writer.Write(',');
                    writer.WriteLine(r.Channel);
                }
            }

            File.WriteAllText(spec, JsonSerializer.Serialize(new { csv, queries, repeat }));
            var info = new ProcessStartInfo("node", ["explore.mjs", spec])
            {
                WorkingDirectory = Path.Combine(Testing.RepoPaths.Root, "bench", "peers", "duckdb"),
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("DuckDB run failed: exit " + process.ExitCode);
            }

            var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
            foreach (var q in JsonDocument.Parse(output).RootElement.EnumerateObject())
            {
                answers[q.Name] = new Answer(q.Value.GetProperty("ms").GetDouble(), q.Value.GetProperty("rows").Clone());
                Console.WriteLine($"[duckdb] {q.Name}: {answers[q.Name].Ms:F0} ms");
            }

            return answers;
        }
        finally
        {
            File.Delete(csv);
            File.Delete(spec);
        }
    }
}
