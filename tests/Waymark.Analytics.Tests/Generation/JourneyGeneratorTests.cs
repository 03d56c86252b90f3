using System.Text;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Generation;
using Waymark.Analytics.Import;

namespace Waymark.Analytics.Tests.Generation;

public sealed class JourneyGeneratorTests
{
    private static (string Events, string Customers, string Feedback, GeneratorSummary Summary) Generate(int customers, int seed)
    {
        using var events = new StringWriter();
        using var attributes = new StringWriter();
        using var feedback = new StringWriter();
        var summary = JourneyGenerator.Generate(GeneratorPresets.Sample(customers, seed), events, attributes, feedback);
        return (events.ToString(), attributes.ToString(), feedback.ToString(), summary);
    }

    [Fact]
    public void Generate_SameSeed_WritesTheSameData()
    {
        Assert.Equal(Generate(20_000, 5).Events, Generate(20_000, 5).Events);
        Assert.NotEqual(Generate(2_000, 5).Events, Generate(2_000, 6).Events);
    }

    [Fact]
    public void Generate_Events_ImportCleanlyWithStagesLoopsAndDropOff()
    {
        var (events, customers, feedback, summary) = Generate(5_000, 1);

        var log = EventImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(events)), ImportFormat.Csv).Log!;
        var stats = Analyze.Stats(log);

        Assert.Equal(5_000, log.CustomerCount);
        Assert.Equal(summary.Events, log.EventCount);
        Assert.Contains(stats.Activities, a => a.Activity == "Signup completed" && a.Customers < 5_000);
        Assert.Contains(stats.Activities, a => a.Activity == "Used key feature" && a.RepeatRate > 0.2);
        Assert.True(log.Channels.Count > 5);
        Assert.Equal(5_001, customers.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith(JourneyGenerator.FeedbackHeader, feedback, StringComparison.Ordinal);
        Assert.True(summary.Feedback > 0);
    }

    [Fact]
    public void GenerateTrial_SameEnd_GivesTheSameEventsAllBeforeIt()
    {
        var until = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

        var a = JourneyGenerator.GenerateTrial(GeneratorPresets.Demo(until) with { Customers = 300 });
        var b = JourneyGenerator.GenerateTrial(GeneratorPresets.Demo(until) with { Customers = 300 });

        Assert.Equal(a.Events, b.Events);
        Assert.All(a.Events, e => Assert.InRange(e.UtcTicks, until.AddDays(-90).Ticks, until.Ticks - 1));
        Assert.Equal(a.Events.Count, a.Events.Select(e => e.Id).Distinct().Count());
    }
}
