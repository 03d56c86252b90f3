using Waymark.Analytics.Feedback;
using Waymark.Analytics.Insights;
using Waymark.Testing.Feedback;

namespace Waymark.Analytics.Tests.Insights;

/// <summary>The insights find what <see cref="PlantedJourney"/> planted, first in each kind, with the right numbers.</summary>
public sealed class PlantedTruthTests
{
    private static readonly PlantedJourney Journey = new();
    private static readonly InsightsResult Result = JourneyInsights.Find(Journey.BuildLog(), Journey.Map, Journey.Items, Journey.Analyses, new FeedbackOptions());

    [Fact]
    public void Find_PlantedJourney_FindingsComeByKindInContractOrder()
    {
        var kinds = Result.Findings.Select(f => f.Kind).Distinct().ToList();

        Assert.Equal([FindingKinds.Bottleneck, FindingKinds.MomentOfTruth, FindingKinds.PainPoint, FindingKinds.Pattern, FindingKinds.Mismatch], kinds);
        Assert.Equal("s6", Result.OutcomeStepId);
        Assert.Equal(2000, Result.Entrants);
        foreach (var kind in kinds)
        {
            var scores = Result.Findings.Where(f => f.Kind == kind).Select(f => f.Score).ToList();
            Assert.Equal(scores.OrderByDescending(s => s), scores);
        }
    }

    [Fact]
    public void Find_PlantedJourney_LargestDropAndLongestWaitFirst()
    {
        var reached = Enumerable.Range(1, 6).Select(s => CustomersWith($"s{s}")).ToList();
        var bottlenecks = Of(FindingKinds.Bottleneck);
        var drop = bottlenecks.First(f => f.Evidence.Measure == "dropOff");
        var wait = bottlenecks.First(f => f.Evidence.Measure == "wait");

        Assert.Same(bottlenecks[0], drop);
        Assert.Equal("s4", drop.StepId);
        Assert.Equal(reached[3] - reached[4], drop.CustomersAffected);
        Assert.Equal((double)(reached[3] - reached[4]) / reached[3], drop.Evidence.DropOffRate!.Value, 9);
        Assert.Equal((long)Math.Round((reached[3] - reached[4]) * ((double)reached[5] / reached[4])), drop.OutcomesLost);
        Assert.Equal("s5", wait.StepId);
        Assert.Equal(3 * 86400.0, wait.Evidence.MedianWaitSeconds);
        Assert.Equal(reached[4], wait.CustomersAffected);
    }

    [Fact]
    public void Find_PlantedJourney_MomentOfTruthAtConnectDataWithInterval()
    {
        var moment = Of(FindingKinds.MomentOfTruth)[0];
        var (negative, negativeReached, positive, positiveReached) = MoodAtS3();

        Assert.Equal("s3", moment.StepId);
        Assert.Equal(negative, moment.Evidence.NegativeCustomers);
        Assert.Equal(positive, moment.Evidence.PositiveCustomers);
        Assert.Equal((double)negativeReached / negative, moment.Evidence.NegativeOutcomeRate!.Value, 6);
        Assert.Equal((double)positiveReached / positive, moment.Evidence.PositiveOutcomeRate!.Value, 6);
        var difference = ((double)positiveReached / positive) - ((double)negativeReached / negative);
        Assert.InRange(difference, 0.4, 0.6);
        Assert.True(moment.Evidence.CiLow > 0.3 && moment.Evidence.CiLow < difference && moment.Evidence.CiHigh > difference && moment.Evidence.CiHigh < 0.7);
        Assert.Equal((long)Math.Round(negative * difference), moment.OutcomesLost);
        Assert.Equal(3, moment.Evidence.Quotes.Count);
        Assert.All(moment.Evidence.Quotes, q => Assert.Contains("connection", q.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_PlantedJourney_LinkedPainPointLosesMostOutcomes()
    {
        var pain = Of(FindingKinds.PainPoint)[0];
        var (negative, negativeReached, _, _) = MoodAtS3();
        var log = Journey.BuildLog();
        var inScope = log.CustomerCount;
        var totalReached = CustomersWith("s6");
        var othersRate = (double)(totalReached - negativeReached) / (inScope - negative);
        var affectedRate = (double)negativeReached / negative;

        Assert.Equal("painpoint-pain-connect", pain.Id);
        Assert.Equal("pain-connect", pain.Evidence.PainPointId);
        Assert.Equal("connection", pain.Evidence.Topic);
        Assert.Equal(negative, pain.CustomersAffected);
        Assert.Equal(affectedRate, pain.Evidence.OutcomeRateAffected!.Value, 6);
        Assert.Equal(othersRate, pain.Evidence.OutcomeRateOthers!.Value, 6);
        Assert.Equal((long)Math.Round(negative * (othersRate - affectedRate)), pain.OutcomesLost);
    }

    [Fact]
    public void Find_PlantedJourney_SawtoothAcrossFirstFourSteps()
    {
        var pattern = Of(FindingKinds.Pattern)[0];

        Assert.Equal("sawtooth", pattern.Evidence.Pattern);
        Assert.Equal(["s1", "s2", "s3", "s4"], pattern.StepIds);
        Assert.Equal(["s1", "s2", "s3", "s4"], pattern.Evidence.Values!.Select(v => v.StepId));
        Assert.DoesNotContain(Of(FindingKinds.Pattern), f => f.Evidence.Pattern is "trough" or "peak" && f.StepId is "s2" or "s3");
    }

    [Fact]
    public void Find_PlantedJourney_LargestDesignedMeasuredGapAtConnectData()
    {
        var mismatch = Of(FindingKinds.Mismatch)[0];
        var s3 = FeedbackOnMap.Compute(Journey.BuildLog(), Journey.Map, Journey.Items, Journey.Analyses, new FeedbackOptions()).Curve[2];

        Assert.Equal("s3", mismatch.StepId);
        Assert.Equal(2, mismatch.Evidence.Designed);
        Assert.Equal(s3.Measured, mismatch.Evidence.Measured);
        Assert.Equal(Math.Round(s3.Measured!.Value - 2, 4), mismatch.Evidence.Gap);
        Assert.StartsWith("Customers feel worse at Connect data", mismatch.Title, StringComparison.Ordinal);
    }

    private static List<Finding> Of(string kind) => [.. Result.Findings.Where(f => f.Kind == kind)];

    /// <summary>Customers with an event of the step's activity, counted from the generated events (not through the engine).</summary>
    private static long CustomersWith(string stepId)
    {
        var activity = Journey.Map.AllSteps().Single(s => s.Id == stepId).Binding!.Activities[0];
        return Journey.Events.Where(e => e.Activity == activity).Select(e => e.Customer).Distinct().LongCount();
    }

    /// <summary>Customers with negative / positive feedback at s3 (the texts placed by their events) and how many reached s6.</summary>
    private static (long Negative, long NegativeReached, long Positive, long PositiveReached) MoodAtS3()
    {
        var subscribed = Journey.Events.Where(e => e.Activity == "Subscribe").Select(e => e.Customer).ToHashSet();
        var s3 = Journey.Items.Select((item, i) => (item, Journey.Analyses[i]))
            .Where(x => x.item.Text is { } t && (t.Contains("connection", StringComparison.Ordinal) || t.StartsWith("Connecting", StringComparison.Ordinal)))
            .ToList();
        var negative = s3.Where(x => x.Item2.Sentiment < 0).Select(x => x.item.CustomerId!).ToList();
        var positive = s3.Where(x => x.Item2.Sentiment > 0).Select(x => x.item.CustomerId!).ToList();
        return (negative.Count, negative.Count(subscribed.Contains), positive.Count, positive.Count(subscribed.Contains));
    }
}
