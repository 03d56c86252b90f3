using System.Net;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests;

/// <summary>
/// Evidence on cards travels in the map document: the map's save keeps every kind of citation byte for byte, and a
/// bad one is refused with the path of what is wrong. Each provider runs every test (subclasses at the bottom).
/// </summary>
public abstract class MapCitationsApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    [Fact]
    public async Task Update_PainPointWithCitations_SavesAndReadsBackTheSameDocument()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var (map, _, etag) = await ApiClient.GetMapAsync(Http, id);
        FirstPainPoint(map).Citations =
        [
            new Citation { Id = "cit_q", Kind = CitationKind.Quote, Text = "<img src=x onerror=alert(1)> Why a card?", FeedbackId = "fb_1", Source = "review", Date = new DateOnly(2026, 11, 3) },
            new Citation { Id = "cit_n", Kind = CitationKind.Finding, Text = "Drop-off at sign-up", FindingId = "bottleneck-dropoff-x", FindingKind = "bottleneck", StepId = "stp_gone" },
            new Citation { Id = "cit_f", Kind = CitationKind.Figure, Text = "Signs up: 1,204 customers", Metric = "customers", Value = 1204, SegmentId = "seg_1", Segment = "Teams" },
        ];
        var json = MapSerializer.ToJson(map);

        using var response = await ApiClient.PutAsync(Http, id, json, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (stored, storedJson, _) = await ApiClient.GetMapAsync(Http, id);
        Assert.Equal(json, MapSerializer.ToJson(stored));
        Assert.Contains("\"citations\": [{\"id\": \"cit_q\"", storedJson, StringComparison.Ordinal);
        Assert.Equal(["cit_q", "cit_n", "cit_f"], FirstPainPoint(stored).Citations.Select(c => c.Id));
    }

    [Fact]
    public async Task Update_CitationOfUnknownKindOrForeignField_Returns400WithPathsAndKeepsDocument()
    {
        var id = await ApiClient.CreateFromTemplateAsync(Http);
        var before = await StoredMap.ReadAsync(Http, id);
        var (map, _, _) = await ApiClient.GetMapAsync(Http, id);
        FirstPainPoint(map).Citations = [new Citation { Id = "cit_1", Kind = CitationKind.Quote, Text = "x", FeedbackId = "fb_1", Metric = "nps" }];
        var json = MapSerializer.ToJson(map).Replace("\"kind\": \"quote\"", "\"kind\": \"rumour\"", StringComparison.Ordinal);
        var foreign = MapSerializer.ToJson(map);

        using var unknown = await ApiClient.PutAsync(Http, id, json, before.ETag);
        using var wrongField = await ApiClient.PutAsync(Http, id, foreign, before.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var unknownMessages = Messages(await ApiClient.ProblemAsync(unknown));
        Assert.Contains(unknownMessages, m => m.Contains(".citations[0].kind: ", StringComparison.Ordinal) &&
            m.EndsWith("unknown kind \"rumour\"; allowed: quote, finding, figure", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
        Assert.Contains(Messages(await ApiClient.ProblemAsync(wrongField)), m => m.Contains(".citations[0].metric: ", StringComparison.Ordinal) &&
            m.Contains("a quote citation cannot hold metric; it holds id, kind, text, feedbackId", StringComparison.Ordinal));
        Assert.Equal(before, await StoredMap.ReadAsync(Http, id));
    }

    private static PainPoint FirstPainPoint(JourneyMap map) =>
        map.Lanes.First(l => l.Kind == LaneKind.PainPoints).Cells.Values.First(c => c.PainPoints.Count > 0).PainPoints[0];

    private static List<string> Messages(System.Text.Json.JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(v => p.Name + ": " + v.GetString()))];
}

// The provider subclasses live here rather than in ProviderSubclasses.cs, so helpers working in parallel do not
// all append to one file.
public sealed class SqliteMapCitationsApiTests : MapCitationsApiTests
{
    public SqliteMapCitationsApiTests()
        : base("Sqlite", TempSqlite.NewMigratedConnectionString())
    {
    }
}

[Collection(PostgresCollection4.Name)]
public sealed class PostgresMapCitationsApiTests : MapCitationsApiTests
{
    public PostgresMapCitationsApiTests(PostgresFixture postgres)
        : base("Postgres", postgres.CreateMigratedDatabase())
    {
    }
}
