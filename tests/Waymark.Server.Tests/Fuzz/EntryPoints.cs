using Waymark.Testing.Fuzz;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>Every entry point the server fuzz suite drives, grouped in families that share one server.</summary>
internal static class EntryPoints
{
    public const string EventUploads = "event uploads";
    public const string FeedbackUploads = "feedback uploads";
    public const string Ingestion = "ingestion";
    public const string Maps = "maps";
    public const string PersonasAndSegments = "personas and segments";

    public static IReadOnlyList<EntryPoint> Of(string family) => family switch
    {
        EventUploads =>
        [
            Upload("events upload csv", EventSeeds.Csv, ".csv"),
            Upload("events upload tsv", EventSeeds.Tsv, ".tsv"),
            Upload("events upload ndjson", EventSeeds.Ndjson, ".ndjson"),
            Upload("events upload xes", EventSeeds.Xes, ".xes"),
            Upload("events upload csv.gz", EventSeeds.Csv, ".csv.gz") with { Wrap = GzipMutations.PackAndBreak },
            Upload("events upload ndjson.gz", EventSeeds.Ndjson, ".ndjson.gz") with { Wrap = GzipMutations.PackAndBreak },
            Upload("events upload xes.gz", EventSeeds.Xes, ".xes.gz") with { Wrap = GzipMutations.PackAndBreak },
            Preview("events preview csv", EventSeeds.Csv, ".csv"),
            Preview("events preview tsv", EventSeeds.Tsv, ".tsv"),
            Preview("events preview ndjson", EventSeeds.Ndjson, ".ndjson"),
            Preview("events preview xes", EventSeeds.Xes, ".xes"),
            Preview("events preview csv.gz", EventSeeds.Csv, ".csv.gz") with { Wrap = GzipMutations.PackAndBreak },
        ],
        FeedbackUploads =>
        [
            FeedbackUpload("feedback upload csv", FeedbackSeeds.Csv, ".csv"),
            FeedbackUpload("feedback upload tsv", FeedbackSeeds.Tsv, ".tsv"),
            FeedbackUpload("feedback upload ndjson", FeedbackSeeds.Ndjson, ".ndjson"),
            FeedbackUpload("feedback upload csv.gz", FeedbackSeeds.Csv, ".csv.gz") with { Wrap = GzipMutations.PackAndBreak },
            FeedbackPreview("feedback preview csv", FeedbackSeeds.Csv, ".csv"),
            FeedbackPreview("feedback preview ndjson", FeedbackSeeds.Ndjson, ".ndjson"),
        ],
        Ingestion =>
        [
            new("ingest events json", IngestSeeds.Json, PlaceStyle.IngestEvents, (s, c) => s.IngestAsync("events", c, "application/json")),
            new("ingest events ndjson", IngestSeeds.Ndjson, PlaceStyle.IngestEvents, (s, c) => s.IngestAsync("events", c, "application/x-ndjson")),
            new("ingest feedback json", FeedbackSeeds.IngestJson, PlaceStyle.IngestFeedback, (s, c) => s.IngestAsync("feedback", c, "application/json")),
            new("ingest feedback ndjson", FeedbackSeeds.IngestNdjson, PlaceStyle.IngestFeedback, (s, c) => s.IngestAsync("feedback", c, "application/x-ndjson")),
        ],
        Maps =>
        [
            new("map import json", DocumentSeeds.MapsJson, PlaceStyle.Document, (s, c) => s.SendAsync(HttpMethod.Post, "maps/import", c, "application/json")),
            new("map import yaml", DocumentSeeds.MapsYaml, PlaceStyle.Document, (s, c) => s.SendAsync(HttpMethod.Post, "maps/import", c, "application/yaml")),
            new("map create", DocumentSeeds.MapCreateRequests, PlaceStyle.Document, (s, c) => s.SendAsync(HttpMethod.Post, "maps", c, "application/json")),
            new("map put json", [], PlaceStyle.Document, (s, c) => s.PutMapAsync(c, "application/json")) { SeedsFrom = s => s.MapSeedsJson },
            new("map put yaml", [], PlaceStyle.Document, (s, c) => s.PutMapAsync(c, "application/yaml")) { SeedsFrom = s => s.MapSeedsYaml },
        ],
        PersonasAndSegments =>
        [
            new("persona create", DocumentSeeds.Personas, PlaceStyle.Document, (s, c) => s.SendAsync(HttpMethod.Post, "personas", c, "application/json")),
            new("persona put", [], PlaceStyle.Document, (s, c) => s.PutPersonaAsync(c)) { SeedsFrom = s => s.PersonaSeeds },
            new("segment create", DocumentSeeds.Segments, PlaceStyle.Document, (s, c) => s.SendAsync(HttpMethod.Post, "segments", c, "application/json")),
            new("segment update", DocumentSeeds.Segments, PlaceStyle.Document, (s, c) => s.SendAsync(HttpMethod.Put, $"segments/{s.SegmentId}", c, "application/json")),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "no such family"),
    };

    private static EntryPoint Upload(string name, IReadOnlyList<FuzzSeed> seeds, string ext) =>
        new(name, seeds, PlaceStyle.EventUpload, (s, c) => s.UploadAsync("imports", c, ext));

    private static EntryPoint Preview(string name, IReadOnlyList<FuzzSeed> seeds, string ext) =>
        new(name, seeds, PlaceStyle.Preview, (s, c) => s.UploadAsync("imports/preview", c, ext, preview: true));

    private static EntryPoint FeedbackUpload(string name, IReadOnlyList<FuzzSeed> seeds, string ext) =>
        new(name, seeds, PlaceStyle.FeedbackUpload, (s, c) => s.UploadAsync("feedback/imports", c, ext));

    private static EntryPoint FeedbackPreview(string name, IReadOnlyList<FuzzSeed> seeds, string ext) =>
        new(name, seeds, PlaceStyle.Preview, (s, c) => s.UploadAsync("feedback/imports/preview", c, ext, preview: true));
}
