using Waymark.Analytics.Engine;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Insights;
using Waymark.Analytics.Insights.Internals;
using Waymark.Analytics.Tests.Support;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;
using Waymark.Testing.Feedback;
using static Waymark.Analytics.Tests.Support.TestMaps;

namespace Waymark.Analytics.Tests.Insights;

public sealed class InsightsRulesTests
{
    [Fact]
    public void NewcombeDifference_PublishedExample_MatchesNewcombe1998()
    {
        // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 against 48/80 → 0.0524 to 0.3339.
        var (low, high) = ProportionInterval.NewcombeDifference(56, 70, 48, 80);

        Assert.Equal(0.0524, low, 4);
        Assert.Equal(0.3339, high, 4);
    }

    [Fact]
    public void Find_EmptyLogAndNoFeedback_NoFindings()
    {
        var result = JourneyInsights.Find(new TestLog().Build(), Steps(Bound("s1", "Visit")), [], [], new FeedbackOptions());

        Assert.Empty(result.Findings);
        Assert.Equal(0, result.Entrants);
    }

    [Fact]
    public void Find_UnboundMapWithoutFeedback_NoFindings()
    {
        var journey = new PlantedJourney(customers: 50);

        var result = JourneyInsights.Find(journey.BuildLog(), Steps(Bound("a"), Bound("b")), [], [], new FeedbackOptions());

        Assert.Empty(result.Findings);
        Assert.Null(result.OutcomeStepId);
    }

    [Fact]
    public void Find_SegmentOfCustomersWhoNeverConnected_SameCustomersAsOverlayAndNoMomentOfTruth()
    {
        var journey = new PlantedJourney(customers: 600);
        var log = journey.BuildLog();
        var connected = journey.Events.Where(e => e.Activity == "Connect Data").Select(e => e.Customer).Distinct().Count();
        var segment = new FeedbackOptions { Filter = new EventFilter { DidNot = ["Connect Data"] } };

        var all = JourneyInsights.Find(log, journey.Map, journey.Items, journey.Analyses, new FeedbackOptions());
        var never = JourneyInsights.Find(log, journey.Map, journey.Items, journey.Analyses, segment);
        var figures = FeedbackOnMap.Compute(log, journey.Map, journey.Items, journey.Analyses, segment);

        Assert.Contains(all.Findings, f => f.Kind == FindingKinds.MomentOfTruth && f.StepId == "s3");
        Assert.Equal(600 - connected, never.Entrants);
        Assert.DoesNotContain(never.Findings, f => f.Kind == FindingKinds.MomentOfTruth);
        Assert.Equal(0, figures.Steps[2].Count);
        Assert.Equal(0, figures.Steps[3].Count);
        Assert.Equal(600 - connected, figures.Steps[0].Count); // every customer gave one text at s1
    }

    [Fact]
    public void Find_PainPointLinkedToActivity_MeasuresItsCustomers()
    {
        // c1..c4 hit "Error" and only c1 pays; c5..c8 do not and all pay: 4 affected, 1 lost... 4 × (1 − 0.25) = 3.
        var log = new TestLog();
        for (var c = 1; c <= 8; c++)
        {
            var events = new List<string> { "Visit@0" };
            if (c <= 4)
            {
                events.Add("Error@1");
            }

            if (c == 1 || c > 4)
            {
                events.Add("Pay@2");
            }

            log.Customer($"c{c}", [.. events]);
        }

        var map = Steps(Bound("s1", "Visit"), Bound("s2", "Pay"));
        var lane = new Lane { Id = "pain", Kind = LaneKind.PainPoints, Title = "Pain" };
        lane.Cells["s1"] = new Cell { PainPoints = [new PainPoint { Id = "pain-error", Text = "Errors on the page", LinkedActivity = "Error" }] };
        map.Lanes.Add(lane);

        var finding = Assert.Single(JourneyInsights.Find(log.Build(), map, [], [], new FeedbackOptions()).Findings, f => f.Kind == FindingKinds.PainPoint);

        Assert.Equal(("pain-error", "Error", 4L, 3L), (finding.Evidence.PainPointId, finding.Evidence.Activity, finding.CustomersAffected, finding.OutcomesLost));
        Assert.Equal((0.25, 1.0), (finding.Evidence.OutcomeRateAffected, finding.Evidence.OutcomeRateOthers));
    }

    [Fact]
    public void Find_CurveWithDropTroughAndPeak_ReportsEachPattern()
    {
        // Measured on -2..2: s1 1.6, s2 1.4, s3 0.2 (rapid drop, trough), s4 1.0, s5 1.8 (peak), s6 1.0.
        double[] sentiments = [0.8, 0.7, 0.1, 0.5, 0.9, 0.5];
        var map = Steps([.. Enumerable.Range(1, 6).Select(i => Bound($"s{i}", $"A{i}"))]);
        var items = sentiments.Select((_, i) => new FeedbackItem($"fb{i}", null, 0, $"s{i + 1}", null, ScoreType.None, null, "words", FeedbackSource.Review, false, null, null)).ToList();
        var analyses = sentiments.Select(s => new TextAnalysis(s, default, 0, false, Intents.None)).ToList();

        var patterns = JourneyInsights.Find(new TestLog().Build(), map, items, analyses, new FeedbackOptions()).Findings
            .Where(f => f.Kind == FindingKinds.Pattern).Select(f => (f.Evidence.Pattern, f.StepId)).ToList();

        Assert.Contains(("rapidDrop", "s3"), patterns);
        Assert.Contains(("trough", "s3"), patterns);
        Assert.Contains(("peak", "s5"), patterns);
        Assert.DoesNotContain(patterns, p => p.Pattern == "sawtooth");
    }

    [Fact]
    public void Find_HostileQuotes_ReturnedAsPlainText()
    {
        var journey = new PlantedJourney(customers: 300);
        var index = journey.Items.FindIndex(i => i.Text?.StartsWith("The connection", StringComparison.Ordinal) == true);
        journey.Items[index] = journey.Items[index] with { Text = "The connection <img src=x onerror=alert(1)> \u0000 failed ﷽ 𝕏" };
        journey.Analyses[index] = journey.Analyses[index] with { Sentiment = -1 };

        var moment = JourneyInsights.Find(journey.BuildLog(), journey.Map, journey.Items, journey.Analyses, new FeedbackOptions()).Findings
            .First(f => f.Kind == FindingKinds.MomentOfTruth);

        Assert.Equal("The connection <img src=x onerror=alert(1)> \u0000 failed ﷽ 𝕏", moment.Evidence.Quotes[0].Text);
    }
}
