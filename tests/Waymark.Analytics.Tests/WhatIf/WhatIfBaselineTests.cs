using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Tests.Support;
using Waymark.Analytics.WhatIf;

namespace Waymark.Analytics.Tests.WhatIf;

public sealed class WhatIfBaselineTests
{
    public static TheoryData<string> Scopes() => ["all", "period", "segment"];

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Compute_AnyScope_MeasuredFiguresAreTheOverlays(string scope)
    {
        var log = RandomJourneys(seed: 55, customers: 3_000);
        var filter = scope switch
        {
            "period" => new EventFilter { From = WhatIfJourneys.At(600), To = WhatIfJourneys.At(4_000) },
            "segment" => new EventFilter { Attributes = [new AttributeCondition("plan", ["pro"])] },
            _ => default,
        };
        var overlay = OverlayEngine.Compute(log, new OverlayOptions { Stages = WhatIfJourneys.Map, Filter = filter });

        foreach (var step in new[] { "a", "b" })
        {
            var result = WhatIfEngine.Compute(log, WhatIfJourneys.Conversion(step, 5, filter) with { Resamples = 20 });
            var figures = overlay.Steps.Single(s => s.StepId == step);
            var next = overlay.Steps.Single(s => s.StepId == figures.NextStepId);

            Assert.Equal(overlay.Entrants, result.Entries);
            Assert.Equal(overlay.Outcome.Customers, result.Outcome);
            Assert.Equal(figures.Customers, result.Step.Reached);
            Assert.Equal(figures.ConversionToNext!.Value, result.Step.Conversion!.Value, 12);
            Assert.Equal(figures.DropOff, result.Step.Waiting);
            Assert.Equal(next.MedianFromPrevious, result.Step.MedianWaitSeconds);
        }

        Assert.True(overlay.Outcome.Customers > 0);
    }

    /// <summary>Customers doing A, B and C (some out of order, some twice) at random minutes, half on the "pro" plan.</summary>
    private static Waymark.Analytics.Events.EventLog RandomJourneys(int seed, int customers)
    {
        var random = new Random(seed);
        var log = new TestLog();
        for (var c = 0; c < customers; c++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"c{c}");
            var events = new List<string>();
            foreach (var activity in new[] { "A", "B", "A", "C", "B", "C" })
            {
                if (random.NextDouble() < 0.55)
                {
                    events.Add(string.Create(CultureInfo.InvariantCulture, $"{activity}@{random.Next(5_000)}"));
                }
            }

            log.Customer(id, events.Count == 0 ? ["Z@1"] : [.. events]);
            log.Attribute(id, "plan", c % 2 == 0 ? "pro" : "free");
        }

        return log.Build();
    }
}
