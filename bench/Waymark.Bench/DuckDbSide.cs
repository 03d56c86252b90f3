using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Waymark.Bench;

/// <summary>Runs bench/peers/duckdb/run.mjs for a dataset and reduces each query's rows to a <see cref="Comparable"/>.</summary>
public sealed class DuckDbSide(Dataset dataset, string csv, int repeat)
{
    public double ImportMs { get; private set; }

    public long PeakBytes { get; private set; }

    public Dictionary<string, (double Ms, Comparable Result)> RunAll()
    {
        var spec = Path.Combine(Datasets.DataFolder, $"spec-{dataset.Name}.json");
        File.WriteAllText(spec, JsonSerializer.Serialize(new
        {
            dataset = dataset.Name,
            kind = dataset.Generated ? "generated" : "export",
            csv,
            repeat,
            variantsTop = Dataset.VariantsTop,
            funnel = new { steps = dataset.FunnelSteps, windowUs = dataset.FunnelWindow is { } w ? (long?)(w.Ticks / 10) : null },
            paths = new { from = dataset.PathsFrom, depth = dataset.PathsDepth },
        }));
        using var document = JsonDocument.Parse(RunNode(spec));
        var root = document.RootElement;
        ImportMs = root.TryGetProperty("importMs", out var import) ? import.GetDouble() : root.GetProperty("loadMs").GetDouble();
        PeakBytes = (long)root.GetProperty("maxRssBytes").GetDouble();
        var queries = root.GetProperty("queries");
        return new()
        {
            ["funnel"] = Read(queries, "funnel", Funnel),
            ["flow"] = Read(queries, "flow", rows => Keyed(rows, r => $"{r[0].GetString()} -> {r[1].GetString()}", mean: 4, 2, 3, 5, 6, 7, 8)),
            ["variants"] = Read(queries, "variants", Variants),
            ["paths"] = Read(queries, "paths", rows => Keyed(rows, r => $"{Number(r[0])}|{r[1].GetString()}", mean: -1, 2)),
            ["stats"] = Read(queries, "stats", rows => Keyed(rows, r => r[0].GetString()!, mean: -1, 1, 2, 3, 4)),
        };
    }

    private static string RunNode(string spec)
    {
        var info = new ProcessStartInfo("node", ["run.mjs", spec])
        {
            WorkingDirectory = Path.Combine(Datasets.Root, "bench", "peers", "duckdb"),
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException("DuckDB run failed: exit " + process.ExitCode);
    }

    private static (double Ms, Comparable Result) Read(JsonElement queries, string name, Func<JsonElement[][], Comparable> reduce)
    {
        var query = queries.GetProperty(name);
        var rows = query.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray()).ToArray();
        return (query.GetProperty("ms").GetDouble(), reduce(rows));
    }

    private static Comparable Funnel(JsonElement[][] rows)
    {
        var comparable = new Comparable();
        for (var i = 0; i < rows[0].Length; i++)
        {
            comparable.Add("step" + (i + 1), Number(rows[0][i]));
        }

        return comparable;
    }

    private static Comparable Variants(JsonElement[][] rows)
    {
        var comparable = new Comparable();
        comparable.Add("variant count", rows.Length == 0 ? 0 : Number(rows[0][3]));
        for (var i = 0; i < rows.Length; i++)
        {
            comparable.Add($"#{i + 1:D2} {rows[i][0].GetString()}", Number(rows[i][1]), Number(rows[i][2]));
        }

        return comparable;
    }

    private static Comparable Keyed(JsonElement[][] rows, Func<JsonElement[], string> key, int mean, params int[] exact)
    {
        var comparable = new Comparable();
        foreach (var row in rows)
        {
            var values = exact.Select(i => Number(row[i])).ToArray();
            if (mean >= 0)
            {
                comparable.AddWithMean(key(row), Number(row[mean]), values);
            }
            else
            {
                comparable.Add(key(row), values);
            }
        }

        return comparable;
    }

    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
        : value.GetDouble();
}
