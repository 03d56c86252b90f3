using System.Globalization;
using System.Text;
using Waymark.Analytics.Generation;

namespace Waymark.Bench.Evidence;

/// <summary>
/// Events for the benchmarks from the engine's journey generator: each row as it goes to the ingestion API (an
/// NDJSON line with a stable id) and as columns for the direct load.
/// </summary>
internal sealed class BenchEvents
{
    private BenchEvents(List<Row> rows) => Rows = rows;

    public List<Row> Rows { get; }

    public static BenchEvents Generate(int customers, int seed, string idPrefix)
    {
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        JourneyGenerator.Generate(GeneratorPresets.Sample(customers, seed), csv);
        var rows = new List<Row>(customers * 6);
        using var reader = new StringReader(csv.ToString());
        _ = reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            var ticks = DateTimeOffset.Parse(f[1], CultureInfo.InvariantCulture).UtcTicks;
            rows.Add(new Row(idPrefix + rows.Count.ToString(CultureInfo.InvariantCulture), f[0], ticks, f[2], f[3].Length == 0 ? null : f[3]));
        }

        return new BenchEvents(rows);
    }

    /// <summary>NDJSON request bodies of <paramref name="batchSize"/> events each.</summary>
    public List<byte[]> NdjsonBatches(int batchSize)
    {
        var batches = new List<byte[]>();
        var text = new StringBuilder();
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            text.Append("{\"id\":\"").Append(r.Id).Append("\",\"customerId\":\"").Append(r.Customer)
                .Append("\",\"timestamp\":\"").Append(new DateTime(r.Ticks, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture))
                .Append("\",\"activity\":\"").Append(r.Activity).Append('"');
            if (r.Channel is not null)
            {
                text.Append(",\"channel\":\"").Append(r.Channel).Append('"');
            }

            text.Append("}\n");
            if ((i + 1) % batchSize == 0 || i == Rows.Count - 1)
            {
                batches.Add(Encoding.UTF8.GetBytes(text.ToString()));
                text.Clear();
            }
        }

        return batches;
    }

    public sealed record Row(string Id, string Customer, long Ticks, string Activity, string? Channel);
}
