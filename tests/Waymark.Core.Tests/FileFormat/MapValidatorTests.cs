using Waymark.Core.FileFormat;
using Waymark.Core.Maps;
using Waymark.Core.Tests.Builders;

namespace Waymark.Core.Tests.FileFormat;

public sealed class MapValidatorTests
{
    [Fact]
    public void Validate_SampleMap_NoProblems()
    {
        Assert.Empty(MapValidator.Validate(MapBuilder.Sample().Build()));
    }

    [Fact]
    public void Validate_DuplicateIdsAcrossKinds_Reported()
    {
        var map = new MapBuilder().WithPersona("dup", "Pat").WithStage("stg_1", "One", "stp_1")
            .WithLane("dup", LaneKind.Text, "Notes").Build();

        Assert.Equal(["lanes[0].id: duplicate id \"dup\"; also used at personas[0].id"], Describe(map));
    }

    [Fact]
    public void Validate_MissingNames_Reported()
    {
        var map = new MapBuilder("map_1", " ").WithPersona("per_1", "").WithStage("stg_1", "", "stp_1")
            .WithLane("lan_1", LaneKind.Text, "").Build();
        map.Stages[0].Steps[0].Name = "";

        Assert.Equal(
            ["name: name is required", "personas[0].name: name is required", "stages[0].name: name is required",
             "stages[0].steps[0].name: name is required", "lanes[0].title: title is required"],
            Describe(map));
    }

    [Fact]
    public void Validate_ReviewFieldsOutOfBounds_EachReportedAtItsPath()
    {
        var map = MapBuilder.Sample().Build();
        map.Scope.OwnerId = "<script>alert(1)</script>";
        map.Scope.ReviewEveryDays = 0;
        map.Scope.ReviewedBy = " ";

        Assert.Equal(
            ["scope.ownerId: \"<script>alert(1)</script>\" is not a valid id (1 to 64 letters, digits, '-' or '_')",
             "scope.reviewEveryDays: reviewEveryDays is 0; it must be 1 to 3650 days",
             "scope.reviewedBy: reviewedBy must not be empty"],
            Describe(map));
    }

    [Theory]
    [InlineData(EmotionScale.OneToFive, 0, "emotion score 0 is outside the map's scale 1..5")]
    [InlineData(EmotionScale.OneToTen, 11, "emotion score 11 is outside the map's scale 1..10")]
    [InlineData(EmotionScale.MinusFiveToFive, -6, "emotion score -6 is outside the map's scale -5..5")]
    public void Validate_ScoreOutsideScale_NamesScale(EmotionScale scale, int score, string message)
    {
        var map = Curve(scale, new EmotionPoint { Score = score });

        Assert.Equal([$"lanes[0].cells.stp_1.emotions[0].score: {message}"], Describe(map));
    }

    [Fact]
    public void Validate_TwoPointsForSamePersona_Reported()
    {
        var map = Curve(EmotionScale.MinusTwoToTwo, new EmotionPoint { Score = 1 }, new EmotionPoint { Score = 2 });

        Assert.Equal(
            ["lanes[0].cells.stp_1.emotions[1].personaId: a cell holds one emotion point per persona; this is a second one for the main curve"],
            Describe(map));
    }

    [Fact]
    public void Validate_TooManySteps_Reported()
    {
        var ids = Enumerable.Range(0, MapLimits.MaxSteps + 1).Select(i => $"stp_{i}").ToArray();
        var map = new MapBuilder().WithStage("stg_1", "All", ids).Build();

        Assert.Equal(["stages: the map has 2,001 steps; the limit is 2,000"], Describe(map));
    }

    [Fact]
    public void Validate_TextOverLimit_Reported()
    {
        var map = new MapBuilder().WithDescription(new string('x', MapLimits.MaxTextLength + 1)).Build();

        Assert.Equal(["description: text is 10,001 characters long; the limit is 10,000"], Describe(map));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative.png")]
    [InlineData("ftp://example.com/a.png")]
    public void Validate_UnsafeImageUrl_Reported(string url)
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1")
            .WithLane("lan_1", LaneKind.Images, "Images", c => c.Image = new ImageRef { Url = url, Alt = "A" }).Build();

        Assert.Equal(["lanes[0].cells.stp_1.image.url: image url must be an absolute http or https URL"], Describe(map));
    }

    [Fact]
    public void Validate_BadPersonaFields_Reported()
    {
        var map = new MapBuilder().WithPersona("per_1", "Pat", p =>
        {
            p.PhotoUrl = "javascript:alert(1)";
            p.Color = "red";
            p.Channels.Add("fax");
        }).Build();

        Assert.Equal(
            ["personas[0].photoUrl: photoUrl must be an absolute http or https URL",
             "personas[0].color: persona color \"red\" must be written as \"#rrggbb\"",
             "personas[0].channels[0]: unknown channel \"fax\"; use one of web, mobileApp, email, phone, chat, social, store, mail, ads, partner, or \"custom:Label\""],
            Describe(map));
    }

    [Fact]
    public void Validate_BadCardColourScopeChannelAndBasedOn_Reported()
    {
        var map = new MapBuilder().WithScope(s => s.Channels.Add("custom: ")).WithStage("stg_1", "One", "stp_1")
            .WithLane("lan_1", LaneKind.Thoughts, "Thinks", c => c.Cards.Add(new Card { Id = "crd_1", Text = "x", Color = "magenta" }))
            .Build();
        map.BasedOnMapId = "not valid!";

        Assert.Equal(
            ["basedOnMapId: \"not valid!\" is not a valid id (1 to 64 letters, digits, '-' or '_')",
             "scope.channels[0]: unknown channel \"custom: \"; use one of web, mobileApp, email, phone, chat, social, store, mail, ads, partner, or \"custom:Label\"",
             "lanes[0].cells.stp_1.cards[0].color: unknown card color \"magenta\"; allowed: yellow, orange, red, pink, purple, blue, teal, green, grey"],
            Describe(map));
    }

    [Fact]
    public void Validate_PartsNotAllowedForLaneKind_EachReported()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1")
            .WithLane("lan_1", LaneKind.EmotionCurve, "Curve", c => { c.Text = "x"; c.Owner = "Ops"; }).Build();

        Assert.Equal(
            ["lanes[0].cells.stp_1.text: an emotionCurve lane cannot hold text; it holds emotions",
             "lanes[0].cells.stp_1.owner: an emotionCurve lane cannot hold owner; it holds emotions"],
            Describe(map));
    }

    [Fact]
    public void Validate_EntryAndOutcomeNameStepsInOrder_NoProblems()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1", "stp_2").WithStage("stg_2", "Two", "stp_3").Build();
        map.EntryStepId = "stp_2";
        map.OutcomeStepId = "stp_3";

        Assert.Empty(Describe(map));
    }

    [Fact]
    public void Validate_EntryOrOutcomeUnknownStep_ReportedAtTheirPaths()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1", "stp_2").Build();
        map.EntryStepId = "stp_gone";
        map.OutcomeStepId = "stg_1";

        Assert.Equal(
            ["entryStepId: step \"stp_gone\" does not exist in this map",
             "outcomeStepId: step \"stg_1\" does not exist in this map"],
            Describe(map));
    }

    [Theory]
    [InlineData("stp_2", "stp_1")]
    [InlineData("stp_2", "stp_2")]
    public void Validate_OutcomeNotAfterEntry_Reported(string entry, string outcome)
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1").WithStage("stg_2", "Two", "stp_2").Build();
        map.EntryStepId = entry;
        map.OutcomeStepId = outcome;

        Assert.Equal([$"outcomeStepId: the outcome step \"{outcome}\" must come after the entry step \"{entry}\" in map order"], Describe(map));
    }

    [Fact]
    public void Validate_KeywordsOverLimits_ReportedWithPaths()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1").Build();
        var keywords = Enumerable.Range(0, MapLimits.MaxKeywords).Select(i => $"word {i}").ToList();
        keywords[3] = new string('k', MapLimits.MaxKeywordLength + 1);
        keywords[5] = "  ";
        keywords.Add("one too many");
        map.Stages[0].Steps[0].Binding = new StepBinding { Keywords = keywords };

        Assert.Equal(
            ["stages[0].steps[0].binding.keywords: 21 keywords; a step may have at most 20",
             "stages[0].steps[0].binding.keywords[3]: keyword is 101 characters long; the limit is 100",
             "stages[0].steps[0].binding.keywords[5]: keyword must not be empty"],
            Describe(map));
    }

    [Fact]
    public void Validate_PainPointLinksOverLimit_ReportedWithPaths()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1").WithLane("lan_pain", LaneKind.PainPoints, "Pain", c =>
            c.PainPoints.Add(new PainPoint { Id = "pain_1", Text = "Slow", LinkedTopic = new string('t', 201), LinkedActivity = "" })).Build();

        Assert.Equal(
            ["lanes[0].cells.stp_1.painPoints[0].linkedTopic: linked topic is 201 characters long; the limit is 200",
             "lanes[0].cells.stp_1.painPoints[0].linkedActivity: linked activity must not be empty"],
            Describe(map));
    }

    [Fact]
    public void Validate_KeywordsAndLinksWithinLimits_NoProblems()
    {
        var map = new MapBuilder().WithStage("stg_1", "One", "stp_1").WithLane("lan_pain", LaneKind.PainPoints, "Pain", c =>
            c.PainPoints.Add(new PainPoint { Id = "pain_1", Text = "Slow", LinkedTopic = "csv import", LinkedActivity = "Import Failed" })).Build();
        map.Stages[0].Steps[0].Binding = new StepBinding { Keywords = ["invoice", new string('k', MapLimits.MaxKeywordLength)] };

        Assert.Empty(Describe(map));
    }

    private static JourneyMap Curve(EmotionScale scale, params EmotionPoint[] points) => new MapBuilder().WithScale(scale)
        .WithStage("stg_1", "One", "stp_1").WithLane("lan_1", LaneKind.EmotionCurve, "Feels", c => c.Emotions.AddRange(points)).Build();

    private static List<string> Describe(JourneyMap map) => MapValidator.Validate(map).Select(p => $"{p.Path}: {p.Message}").ToList();
}
