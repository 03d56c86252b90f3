using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;
using Waymark.Data.EventStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// Customers split by time zone (issue 18): events stamped with local offsets from -10:00 to +14:00 around their local
/// midnights and a Monday, on a ClickHouse server whose own time zone is neither UTC nor the machine's
/// (Pacific/Kiritimati, +14:00). Pushdown keeps times as UTC ticks and buckets them with integer arithmetic, so the
/// overlay's trends, periods, funnels, statistics, step trends and retention equal the engine's, whatever the server's zone.
/// </summary>
[NeedsClickHouse]
public sealed class ClickHouseTimeZoneTests
{
    private static readonly (string Zone, TimeSpan Offset)[] Zones =
        [("Honolulu", TimeSpan.FromHours(-10)), ("Kathmandu", new TimeSpan(5, 45, 0)), ("Kiritimati", TimeSpan.FromHours(14)), ("London", TimeSpan.Zero)];

    [StoreFact]
    public async Task Analyses_CustomersInManyZonesOnAServerInAnother_EqualTheEngine()
    {
        using var server = ClickHouseServer.StartAll(1, (_, _) => "<timezone>Pacific/Kiritimati</timezone>")[0];
        Assert.Equal("Pacific/Kiritimati", await ClickHouseStores.QueryAsync(server, "default", "SELECT timezone()"));
        using var logs = await PushdownLogs.StoreAsync(server, Events());
        var map = new OverlayStage[]
        {
            new("arrive", [new OverlayStep("visit", "Visit"), new OverlayStep("cart", "Cart")]),
            new("leave", [new OverlayStep("pay", "Pay")]),
        };
        var monday = new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);

        var whole = await PushdownAssert.SameOverlayAsync(logs, new OverlayOptions { Stages = map });
        await PushdownAssert.SameOverlayAsync(logs, new OverlayOptions { Stages = map, Filter = new EventFilter { From = monday, To = monday.AddDays(1) } });
        await PushdownAssert.SameOverlayAsync(logs, new OverlayOptions
        {
            Stages = map, Filter = new EventFilter { From = monday.AddHours(-14), To = monday.AddDays(70) }, // Monday weeks, from a local midnight
        });
        await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(TimeSpan.FromHours(12), ["Visit"], ["Cart"], ["Pay"]));
        await PushdownAssert.SameStatsAsync(logs);
        foreach (var by in (TrendGranularity[])[TrendGranularity.Day, TrendGranularity.Week, TrendGranularity.Month])
        {
            await PushdownAssert.SameStepTrendAsync(logs, new StepTrendOptions { Step = FunnelStep.Of("Visit"), Next = FunnelStep.Of("Pay"), Granularity = by });
            await PushdownAssert.SameRetentionAsync(logs, new RetentionOptions { Start = FunnelStep.Of("Visit"), Return = FunnelStep.Of("Pay"), Granularity = by });
            await PushdownAssert.SameFunnelAsync(logs, PushdownAssert.Funnel(null, ["Visit"], ["Cart"], ["Pay"]) with { Over = by, Exclusions = [new(["Cart"], 1)] });
        }

        Assert.Equal(Zones.Length * 3, whole.Steps.Single(s => s.StepId == "visit").Visitors);
        Assert.Equal(2, whole.Steps[0].Trend.Count(b => b.Customers > 0)); // the local 23:30 visits fall on two UTC days
    }

    /// <summary>Per zone three customers: visit at local 23:30 on Sunday 8 November, cart past local midnight, pay a day on.</summary>
    private static IEnumerable<NewEvent> Events()
    {
        foreach (var (zone, offset) in Zones)
        {
            for (var c = 0; c < 3; c++)
            {
                var midnight = new DateTimeOffset(2026, 11, 9, 0, 0, 0, offset);
                var customer = $"{zone}-{c}";
                yield return new NewEvent(null, customer, midnight.AddMinutes(-30 + c).UtcTicks, "Visit", null, null);
                yield return new NewEvent(null, customer, midnight.AddMinutes(15 + c).UtcTicks, "Cart", null, null);
                yield return new NewEvent(null, customer, midnight.AddDays(1).AddMinutes(c).UtcTicks, "Pay", null, null);
            }
        }
    }
}
