using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Pushdown;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>The pushed-down overlay equals the engine's on <see cref="OverlayCases"/>, on one server.</summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseOverlayEdgeCaseTests(ClickHouseFixture clickHouse)
{
    [StoreFact]
    public async Task OverlayAsync_EdgeCases_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, OverlayCases.Events(), OverlayCases.Attributes());

        foreach (var options in OverlayCases.Options())
        {
            await PushdownAssert.SameOverlayAsync(logs, options);
        }

        var all = await PushdownAssert.SameOverlayAsync(logs, new OverlayOptions { Stages = OverlayCases.Map });
        var steps = all.Steps.ToDictionary(s => s.StepId);
        // plan is pro for c1, c2 (spaces), c5 (escaped name), c7, c9, c10; not c3 (first of two names), c6, c8.
        Assert.Equal(6, steps["pro"].Visitors);
        Assert.Equal(2, steps["free"].Visitors); // c3, c6
        Assert.Equal(1, steps["city"].Visitors); // c8: città and an empty plan on one event
        Assert.Equal(10, steps["visit"].Visitors);
        Assert.True(steps["pro"].Trend.Count > 10 && all.Steps[0].Trend[0].Start.DayOfWeek == DayOfWeek.Monday);
        Assert.Equal(10, all.Entrants);
        Assert.Equal(5, steps["pro"].Customers); // A then B with plan pro: c1 (a tie, A first in input order), c2, c5, c9, c10; not c7 (B before A)
    }

    /// <summary>
    /// The one difference (ADR 066): a stored non-string property value, which no Waymark writer produces, shifts names
    /// and values apart in SQL, so the condition holds only in the engine.
    /// </summary>
    [StoreFact]
    public async Task OverlayAsync_NonStringPropertyValue_HoldsOnlyInTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, [new NewEvent(null, "c1", OverlayCases.T0, "B", null, """{"n":1,"plan":"pro"}""")]);
        var options = new OverlayOptions { Stages = [new("only", [OverlayCases.Pro])] };

        var engine = await new InMemoryAnalyses(logs.Log).OverlayAsync(options);
        var pushdown = await logs.Pushdown.OverlayAsync(options);

        Assert.Equal((1L, 0L), (engine.Steps[0].Visitors, pushdown.Steps[0].Visitors));
    }

    /// <summary>Against an address where nothing listens, so a query would fail with another exception.</summary>
    [Fact]
    public async Task OverlayAsync_PropertyFilterOrTooManySteps_ThrowsBeforeAnyQuery()
    {
        using var nowhere = new ClickHouseAnalyses(new ClickHouseOptions { Url = "http://127.0.0.1:9/", Database = "none" }, PushdownLogs.Source);
        var map = new OverlayOptions { Stages = OverlayCases.Map };
        var long51 = new OverlayOptions { Stages = [new("many", [.. Enumerable.Range(0, 51).Select(i => new OverlayStep("s" + i, "A"))])] };

        await Assert.ThrowsAsync<NotSupportedException>(() => nowhere.OverlayAsync(map with { Filter = new EventFilter { PropertyKey = "plan", PropertyValue = "pro" } }));
        await Assert.ThrowsAsync<NotSupportedException>(() => nowhere.OverlayAsync(map with { Filter = new EventFilter { Events = [EventMatch.Of("A")] } }));
        var problem = await Assert.ThrowsAsync<ArgumentException>(() => nowhere.OverlayAsync(long51));
        Assert.Contains("at most 50", problem.Message, StringComparison.Ordinal);
        var asked = await Record.ExceptionAsync(() => nowhere.OverlayAsync(map)); // supported: it asks, and nobody answers
        Assert.False(asked is null or NotSupportedException or ArgumentException, asked?.ToString());
    }
}
