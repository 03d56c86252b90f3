using System.Globalization;
using Waymark.Testing.Fuzz;

namespace Waymark.Cli.Tests.Fuzz;

/// <summary>Every command the CLI fuzz suite drives, grouped in families (import needs a running server).</summary>
internal static class CliEntryPoints
{
    public const string MapFiles = "map files";
    public const string Analyze = "analyze";
    public const string Feedback = "feedback analyze";
    public const string Import = "import";

    private static readonly string[] Analyses = ["stats", "variants", "paths", "flow", "trends", "funnel"];
    private static readonly string[] Formats = ["table", "json", "csv"];

    public static IReadOnlyList<CliEntryPoint> Of(string family) => family switch
    {
        MapFiles =>
        [
            new("cli validate json", DocumentSeeds.MapsJson, ".waymark.json", (_, file, _) => ["validate", file]),
            new("cli validate yaml", DocumentSeeds.MapsYaml, ".waymark.yaml", (_, file, _) => ["validate", file]),
            new("cli convert json", DocumentSeeds.MapsJson, ".waymark.json", (c, file, _) => ["convert", file, "-o", Path.Combine(c.Folder, "out.waymark.yaml"), "--force"]),
            new("cli convert yaml", DocumentSeeds.MapsYaml, ".waymark.yaml", (c, file, _) => ["convert", file, "-o", Path.Combine(c.Folder, "out.waymark.json"), "--force"]),
        ],
        Analyze =>
        [
            Analysis("cli analyze csv", EventSeeds.Csv, ".csv"),
            Analysis("cli analyze tsv", EventSeeds.Tsv, ".tsv"),
            Analysis("cli analyze ndjson", EventSeeds.Ndjson, ".ndjson"),
            Analysis("cli analyze xes", EventSeeds.Xes, ".xes"),
            Analysis("cli analyze csv.gz", EventSeeds.Csv, ".csv.gz") with { Wrap = GzipMutations.PackAndBreak },
            Analysis("cli analyze xes.gz", EventSeeds.Xes, ".xes.gz") with { Wrap = GzipMutations.PackAndBreak },
        ],
        Feedback =>
        [
            FeedbackAnalysis("cli feedback analyze csv", FeedbackSeeds.Csv, ".csv"),
            FeedbackAnalysis("cli feedback analyze tsv", FeedbackSeeds.Tsv, ".tsv"),
            FeedbackAnalysis("cli feedback analyze ndjson", FeedbackSeeds.Ndjson, ".ndjson"),
        ],
        Import =>
        [
            Send("cli import csv", EventSeeds.Csv, ".csv", ["import"]),
            Send("cli import ndjson", EventSeeds.Ndjson, ".ndjson", ["import"]),
            Send("cli import xes.gz", EventSeeds.Xes, ".xes.gz", ["import"]) with { Wrap = GzipMutations.PackAndBreak },
            Send("cli feedback import csv", FeedbackSeeds.Csv, ".csv", ["feedback", "import"]),
            Send("cli feedback import ndjson", FeedbackSeeds.Ndjson, ".ndjson", ["feedback", "import"]),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "no such family"),
    };

    /// <summary>Each case picks an analysis, an output format and what to do with bad rows from its index.</summary>
    private static CliEntryPoint Analysis(string name, IReadOnlyList<FuzzSeed> seeds, string ext) =>
        new(name, seeds, ext, (_, file, c) =>
        [
            "analyze", file, Analyses[c.Index % Analyses.Length], "--format", Formats[c.Index / Analyses.Length % Formats.Length],
            "--on-error", c.Index % 2 == 0 ? "skip" : "fail", .. c.Index % Analyses.Length == 5 ? ["--steps", "Visited > Bought"] : Array.Empty<string>(),
        ])
        {
            StdoutIsData = c => Formats[c.Index / Analyses.Length % Formats.Length] != "table",
        };

    private static CliEntryPoint FeedbackAnalysis(string name, IReadOnlyList<FuzzSeed> seeds, string ext) =>
        new(name, seeds, ext, (_, file, c) => ["feedback", "analyze", file, "--text-column", TextColumn(c.SeedName)]) { StdoutIsData = _ => true };

    private static CliEntryPoint Send(string name, IReadOnlyList<FuzzSeed> seeds, string ext, string[] command) =>
        new(name, seeds, ext, (s, file, c) =>
        [
            .. command, file, "--server", s.Server!, "--key", s.Key!, "--on-error", c.Index % 2 == 0 ? "skip" : "fail",
            "--batch-size", (1 + (c.Index % 3)).ToString(CultureInfo.InvariantCulture),
        ]);

    private static string TextColumn(string seed) => seed switch
    {
        "reviews.csv" => "review",
        "nps.csv" => "comment",
        _ => "text",
    };
}
