using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.FileFormat;

/// <summary>Citations (evidence on pain points, ideas and moments of truth): round trips, hostile text and bad input.</summary>
public sealed class CitationFormatTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & \\ 'quote'\nline two\u2028 \U0001F600 {\"a\": [1]}";

    [Fact]
    public void Write_CitationsOfEveryKind_RoundTripJsonAndYamlByteIdentical()
    {
        var map = MapWith(Quote(Hostile), Finding(), Figure());

        var json = MapSerializer.ToJson(map);
        var read = MapSerializer.Read(json, MapFormat.Json);
        var viaYaml = MapSerializer.Read(MapSerializer.ToYaml(read.Map!), MapFormat.Yaml);

        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.True(viaYaml.Succeeded, string.Join("\n", viaYaml.Problems));
        Assert.Equal(json, MapSerializer.ToJson(viaYaml.Map!));
        var citations = read.Map!.Lanes[0].Cells["stp_1"].PainPoints[0].Citations;
        Assert.Equal(Hostile, citations[0].Text);
        Assert.Equal([CitationKind.Quote, CitationKind.Finding, CitationKind.Figure], citations.Select(c => c.Kind));
        Assert.Equal(42.5m, citations[2].Value);
    }

    [Fact]
    public void Write_Citations_StayOnTheCellsLine()
    {
        var json = MapSerializer.ToJson(MapWith(Quote("Too slow"), Figure()));

        var line = Assert.Single(json.Split('\n'), l => l.Contains("\"citations\"", StringComparison.Ordinal));
        Assert.StartsWith("        \"stp_1\": {\"painPoints\": [{\"id\": \"pain_1\"", line, StringComparison.Ordinal);
        Assert.Contains("{\"id\": \"cit_q\", \"kind\": \"quote\", \"text\": \"Too slow\", \"feedbackId\": \"fb_9\", \"source\": \"review\", \"date\": \"2026-11-03\", \"citedOn\": \"2026-12-07\"}", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IdeaAndMomentOfTruthCitations_Kept()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1")
            .WithLane("lan_i", LaneKind.Ideas, "Ideas", c => c.Ideas.Add(new Idea { Id = "idea_1", Text = "Save drafts", Citations = [Finding()] }))
            .WithLane("lan_m", LaneKind.MomentsOfTruth, "Moments", c => c.MomentOfTruth = new MomentOfTruth { Citations = [Quote("I almost left")] })
            .Build();

        var read = MapSerializer.Read(MapSerializer.ToJson(map), MapFormat.Json);

        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal("fnd", read.Map!.Lanes[0].Cells["stp_1"].Ideas[0].Citations[0].FindingId);
        Assert.Equal("I almost left", read.Map.Lanes[1].Cells["stp_1"].MomentOfTruth!.Citations[0].Text);
    }

    [Fact]
    public void Read_UnknownKind_NamesAllowedKinds()
    {
        var result = Read("{\"id\": \"cit_1\", \"kind\": \"rumour\", \"text\": \"x\"}");

        Assert.Equal([Path("kind") + ": unknown kind \"rumour\"; allowed: quote, finding, figure"], Messages(result));
    }

    [Fact]
    public void Read_FieldOfAnotherKind_SaysWhatTheKindHolds()
    {
        var result = Read("{\"id\": \"cit_1\", \"kind\": \"quote\", \"text\": \"x\", \"feedbackId\": \"fb_1\", \"metric\": \"nps\"}");

        Assert.Equal(
            [Path("metric") + ": a quote citation cannot hold metric; it holds id, kind, text, feedbackId, source, date, citedOn"],
            Messages(result));
    }

    [Fact]
    public void Read_MissingRequiredFieldsOfKind_Reported()
    {
        var result = Read("{\"id\": \"cit_1\", \"kind\": \"figure\", \"text\": \" \"}");

        Assert.Equal(
            [Path("text") + ": text is required",
             Path("metric") + ": a figure citation names its metric; \"metric\" is missing",
             Path("value") + ": a figure citation holds the value it cited; \"value\" is missing"],
            Messages(result));
    }

    [Fact]
    public void Read_UnknownPropertyAndBadDate_Reported()
    {
        var result = Read("{\"id\": \"cit_1\", \"kind\": \"quote\", \"text\": \"x\", \"feedbackId\": \"fb_1\", \"date\": \"yesterday\", \"sorce\": \"chat\"}");

        var messages = Messages(result);
        Assert.Contains(messages, m => m.StartsWith(Path("date") + ":", StringComparison.Ordinal));
        Assert.Contains(Path("sorce") + ": unknown property \"sorce\"; did you mean \"source\"?", messages);
    }

    [Fact]
    public void Validate_HugeQuoteAndTooManyCitations_Reported()
    {
        var many = Enumerable.Range(0, MapLimits.MaxCitations + 1).Select(i => Quote("q", $"cit_{i}")).ToList();
        many[0].Text = new string('x', MapLimits.MaxTextLength + 1);
        many[1].FeedbackId = new string('f', 201);

        var problems = MapValidator.Validate(MapWith([.. many])).Select(p => $"{p.Path}: {p.Message}").ToList();

        Assert.Equal(
            ["lanes[0].cells.stp_1.painPoints[0].citations: a pain point cites 51 pieces of evidence; the limit is 50",
             "lanes[0].cells.stp_1.painPoints[0].citations[0].text: text is 10,001 characters long; the limit is 10,000",
             "lanes[0].cells.stp_1.painPoints[0].citations[1].feedbackId: feedbackId is 201 characters long; the limit is 200"],
            problems);
    }

    [Fact]
    public void Validate_DuplicateCitationId_Reported()
    {
        var problems = MapValidator.Validate(MapWith(Quote("a", "pain_1"))).Select(p => p.Message);

        Assert.Contains("duplicate id \"pain_1\"; also used at lanes[0].cells.stp_1.painPoints[0].id", problems);
    }

    [Fact]
    public void Copy_Citations_FreshIdsAndRenamedStep()
    {
        var copy = MapCopier.Copy(MapWith(Figure()), newIds: true);

        var cited = copy.Lanes[0].Cells.Values.Single().PainPoints[0].Citations.Single();
        Assert.NotEqual("cit_f", cited.Id);
        Assert.Equal(copy.Stages[0].Steps[0].Id, cited.StepId);
        Assert.Equal(42.5m, cited.Value);
    }

    private static string Path(string name) => $"lanes[0].cells.stp_1.painPoints[0].citations[0].{name}";

    private static MapReadResult Read(string citation) => MapSerializer.Read(
        "{\"schemaVersion\": 1, \"id\": \"map_1\", \"name\": \"Trial\", \"stages\": [{\"id\": \"stg_1\", \"name\": \"One\", " +
        "\"steps\": [{\"id\": \"stp_1\", \"name\": \"Signs up\"}]}], \"lanes\": [{\"id\": \"lan_1\", \"kind\": \"painPoints\", " +
        "\"title\": \"Pains\", \"cells\": {\"stp_1\": {\"painPoints\": [{\"id\": \"pain_1\", \"text\": \"Slow\", \"citations\": [" + citation + "]}]}}}]}",
        MapFormat.Json);

    private static List<string> Messages(MapReadResult result) => result.Problems.Select(p => $"{p.Path}: {p.Message}").ToList();

    private static JourneyMap MapWith(params Citation[] citations) => new MapBuilder().WithStage("stg_1", "One", "stp_1")
        .WithLane("lan_1", LaneKind.PainPoints, "Pains", c => c.PainPoints.Add(new PainPoint { Id = "pain_1", Text = "Slow", Citations = [.. citations] }))
        .Build();

    private static Citation Quote(string text, string id = "cit_q") => new()
    {
        Id = id, Kind = CitationKind.Quote, Text = text, FeedbackId = "fb_9", Source = "review",
        Date = new DateOnly(2026, 11, 3), CitedOn = new DateOnly(2026, 12, 7),
    };

    private static Citation Finding() => new()
    {
        Id = "cit_n", Kind = CitationKind.Finding, Text = "Customers drop off at Signs up", FindingId = "fnd",
        FindingKind = "bottleneck", Detail = "412 of 1,000 customers (41%) go no further.", StepId = "stp_1",
    };

    private static Citation Figure() => new()
    {
        Id = "cit_f", Kind = CitationKind.Figure, Text = "Conversion at Signs up", Metric = "conversion", Value = 42.5m,
        StepId = "stp_1", From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 30), SegmentId = "seg_1", Segment = "Teams",
    };
}
