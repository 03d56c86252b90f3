using Waymark.Analytics.Engine;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Tests.Support;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;
using static Waymark.Analytics.Tests.Support.TestMaps;

namespace Waymark.Analytics.Tests.Feedback;

public sealed class FeedbackOnMapTests
{
    private static readonly JourneyMap Map = Steps(Bound("s1", "Visit"), Bound("s2", "Signup"));

    // c1 and c2 are "pro", c3 is "free"; everyone visits at 0 and signs up at 60.
    private static readonly Waymark.Analytics.Events.EventLog Log = new TestLog()
        .Customer("c1", "Visit@0", "Signup@60").Customer("c2", "Visit@0", "Signup@60").Customer("c3", "Visit@0", "Signup@60")
        .Attribute("c1", "plan", "pro").Attribute("c2", "plan", "pro").Attribute("c3", "plan", "free")
        .Build();

    [Fact]
    public void Compute_Scores_NpsCsatCesRatingByTheirRules()
    {
        var items = new List<FeedbackItem>
        {
            Score("c1", ScoreType.Nps, 10), Score("c2", ScoreType.Nps, 9), Score("c3", ScoreType.Nps, 7), Score("c1", ScoreType.Nps, 3),
            Score("c1", ScoreType.Csat, 5), Score("c2", ScoreType.Csat, 4), Score("c3", ScoreType.Csat, 2),
            Score("c1", ScoreType.Ces, 6), Score("c2", ScoreType.Ces, 3),
            Score("c3", ScoreType.Rating, 4),
        };

        var s1 = Compute(items).Steps[0];

        Assert.Equal(new NpsFigures(25, 4, 2, 1, 1), s1.Nps);
        Assert.Equal(new CsatFigures(0.6667, 3.6667, 3), s1.Csat);
        Assert.Equal(new MeanScore(4.5, 2), s1.Ces);
        Assert.Equal(new MeanScore(4, 1), s1.Rating);
        Assert.Null(s1.Sentiment);
        Assert.Null(s1.Measured);
        Assert.Equal(10, s1.Count);
        Assert.Equal(new EmotionShares(0, 0, 0, 0, 0, 0), s1.Emotions);
    }

    [Fact]
    public void Compute_Texts_SentimentEmotionEffortIntentsAndSolicited()
    {
        var items = new List<FeedbackItem> { Text("c1", "bad", solicited: true), Text("c2", "good"), Text("c3", "meh"), Text("c3", "  ") };
        var analyses = new List<TextAnalysis>
        {
            new(-0.6, new EmotionMix(0, 0, 3, 0, 1, 0), 0.9, true, Intents.Complaint | Intents.Cancel),
            new(0.4, new EmotionMix(2, 2, 0, 0, 0, 0), 0.1, false, Intents.Praise),
            new(0.02, default, 0.2, false, Intents.Question),
            default,
        };

        var s1 = FeedbackOnMap.Compute(Log, Map, items, analyses, new FeedbackOptions()).Steps[0];

        var mean = (-0.6 + 0.4 + 0.02) / 3;
        var sd = Math.Sqrt((Math.Pow(-0.6 - mean, 2) + Math.Pow(0.4 - mean, 2) + Math.Pow(0.02 - mean, 2)) / 2);
        Assert.Equal(new SentimentFigures(Math.Round(mean, 4), Math.Round(sd, 4), 3, 1, 1, 1), s1.Sentiment);
        Assert.Equal(new EmotionShares(0.25, 0.25, 0.375, 0, 0.125, 0), s1.Emotions);
        Assert.Equal(new EffortFigures(1, 0.3333), s1.Effort);
        Assert.Equal(new IntentCounts(1, 0, 0, 1, 1, 1), s1.Intents);
        Assert.Equal((4, 1, 3), (s1.Count, s1.Solicited, s1.Unsolicited));
        Assert.Equal(Math.Round(2 * mean, 4), s1.Measured);
    }

    [Theory]
    [InlineData(EmotionScale.MinusTwoToTwo, -0.5, -1)]
    [InlineData(EmotionScale.OneToFive, -0.5, 2)]
    [InlineData(EmotionScale.OneToTen, 0.2, 6.4)]
    [InlineData(EmotionScale.MinusFiveToFive, 1, 5)]
    public void FromSentiment_EachScale_MiddlePlusHalfSpan(EmotionScale scale, double sentiment, double expected)
    {
        Assert.Equal(expected, EmotionScaleMapping.FromSentiment(scale, sentiment), 9);
    }

    [Fact]
    public void Compute_Curve_DesignedMainCurveBesideMeasured()
    {
        var map = Steps(Bound("s1", "Visit"), Bound("s2", "Signup"));
        map.EmotionScale = EmotionScale.OneToFive;
        var lane = new Lane { Id = "curve", Kind = LaneKind.EmotionCurve, Title = "Feeling" };
        lane.Cells["s2"] = new Cell { Emotions = [new EmotionPoint { Score = 5, PersonaId = "p1" }, new EmotionPoint { Score = 2 }] };
        map.Lanes.Add(lane);

        var figures = FeedbackOnMap.Compute(Log, map, [Text("c1", "fine", stepId: "s2")], [new TextAnalysis(0.5, default, 0, false, Intents.None)], new FeedbackOptions());

        Assert.Equal([new CurvePoint("s1", null, null, 0), new CurvePoint("s2", 2, 4, 1)], figures.Curve);
    }

    [Fact]
    public void Compute_TimeRange_CountsOnlyFeedbackInside()
    {
        var items = new List<FeedbackItem> { Score("c1", ScoreType.Nps, 10, minutes: 5), Score("c2", ScoreType.Nps, 0, minutes: 500) };
        var options = new FeedbackOptions { Filter = new EventFilter { From = TestLog.Origin, To = TestLog.Origin.AddMinutes(100) } };

        var figures = FeedbackOnMap.Compute(Log, Map, items, [default, default], options);

        Assert.Equal(1, figures.Items);
        Assert.Equal(100, figures.Steps[0].Nps!.Score);
    }

    [Fact]
    public void Compute_Segment_CountsOnlyItsCustomersAndNoAnonymousFeedback()
    {
        var items = new List<FeedbackItem> { Score("c1", ScoreType.Nps, 10), Score("c3", ScoreType.Nps, 0), Score(null, ScoreType.Nps, 0), Score("ghost", ScoreType.Nps, 0) };
        var pro = new FeedbackOptions { Filter = new EventFilter { Attributes = [new AttributeCondition("plan", ["pro"])] } };

        var all = FeedbackOnMap.Compute(Log, Map, items, [default, default, default, default], new FeedbackOptions());
        var segment = FeedbackOnMap.Compute(Log, Map, items, [default, default, default, default], pro);

        Assert.Equal((4, -50.0), (all.Items, all.Steps[0].Nps!.Score));
        Assert.Equal((1, 100.0), (segment.Items, segment.Steps[0].Nps!.Score));
    }

    [Fact]
    public void Compute_Window_DecidesWhetherAnOldEventPlaces()
    {
        var items = new List<FeedbackItem> { Score("c1", ScoreType.Csat, 5, minutes: 60 + 90, stepId: null) };

        var wide = FeedbackOnMap.Compute(Log, Map, items, [default], new FeedbackOptions { Window = TimeSpan.FromHours(2) });
        var narrow = FeedbackOnMap.Compute(Log, Map, items, [default], new FeedbackOptions { Window = TimeSpan.FromHours(1) });

        Assert.Equal((1, 0, 1), (wide.Placed, wide.Unplaced, wide.ByMethod.Event));
        Assert.Equal(1, wide.Steps[1].Count);
        Assert.Equal((0, 1), (narrow.Placed, narrow.Unplaced));
    }

    [Fact]
    public void Compute_NoFeedbackOrEmptyLog_EmptyFiguresPerStep()
    {
        var empty = FeedbackOnMap.Compute(new TestLog().Build(), Map, [], [], new FeedbackOptions());

        Assert.Equal((0, 0, 0), (empty.Items, empty.Placed, empty.Unplaced));
        Assert.Equal(["s1", "s2"], empty.Steps.Select(s => s.StepId));
        Assert.All(empty.Steps, s => Assert.True(s.Count == 0 && s.Nps is null && s.Sentiment is null && s.Topics.Count == 0));
    }

    [Fact]
    public void Compute_AnalysesNotOnePerItem_Throws()
    {
        Assert.Throws<ArgumentException>(() => FeedbackOnMap.Compute(Log, Map, [Score("c1", ScoreType.Nps, 1)], [], new FeedbackOptions()));
    }

    [Fact]
    public void Compute_HostileAndHugeQuote_CutAndReturnedAsText()
    {
        var text = "<script>alert(1)</script> connection " + string.Concat(Enumerable.Repeat("broken 😡 ", 400));
        var items = Enumerable.Range(0, 3).Select(i => Text($"c{i + 1}", text)).ToList();
        var analyses = items.Select(_ => new TextAnalysis(-0.8, default, 0, false, Intents.Complaint)).ToList();

        var topic = FeedbackOnMap.Compute(Log, Map, items, analyses, new FeedbackOptions()).Steps[0].Topics[0];

        var quote = Assert.Single(topic.Quotes);
        Assert.StartsWith("<script>alert(1)</script>", quote.Text, StringComparison.Ordinal);
        Assert.True(quote.Text.Length <= 601);
        Assert.EndsWith("…", quote.Text, StringComparison.Ordinal);
    }

    private static FeedbackFigures Compute(List<FeedbackItem> items) =>
        FeedbackOnMap.Compute(Log, Map, items, [.. items.Select(_ => default(TextAnalysis))], new FeedbackOptions());

    private static FeedbackItem Score(string? customer, ScoreType type, double score, double minutes = 5, string? stepId = "s1") =>
        new($"fb-{customer}-{type}-{score}", customer, TestLog.Origin.AddMinutes(minutes).UtcTicks, stepId, null, type, score, null, FeedbackSource.Survey, true, null, null);

    private static FeedbackItem Text(string customer, string text, bool solicited = false, string stepId = "s1") =>
        new($"fb-{customer}-{text}", customer, TestLog.Origin.AddMinutes(5).UtcTicks, stepId, null, ScoreType.None, null, text, FeedbackSource.Review, solicited, null, null);
}
