using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Pushdown;
using Waymark.Pushdown.Internals;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>Pushed-down step trends and retention equal the engine's on <see cref="TrendCases"/>, on one server.</summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseTrendEdgeCaseTests(ClickHouseFixture clickHouse)
{
    [StoreFact]
    public async Task StepTrendAndRetention_EdgeCases_EqualTheEngine()
    {
        using var logs = await PushdownLogs.StoreAsync(clickHouse.Server, TrendCases.Events(), TrendCases.Attributes());

        foreach (var options in TrendCases.Trends())
        {
            await PushdownAssert.SameStepTrendAsync(logs, options);
        }

        foreach (var options in TrendCases.Retentions())
        {
            await PushdownAssert.SameRetentionAsync(logs, options);
        }

        // The cases bite: c1's Sunday A converts by Monday's B; on the 1st c2 (A then B at one instant) and c4 (B stored before A
        // but a day later) convert, c1 (B already done) does not; c3 (B before A at one instant, in input order) does not.
        var days = await logs.Pushdown.StepTrendAsync(new StepTrendOptions { Step = FunnelStep.Of("A"), Next = FunnelStep.Of("B"), Granularity = TrendGranularity.Day });
        Assert.Equal((3L, 2L), Point(days, TrendCases.Monday.AddDays(1)));
        Assert.Equal((1L, 0L), Point(days, TrendCases.Monday.AddDays(2)));
        Assert.Equal((1L, 1L), Point(days, TrendCases.Monday.AddDays(-1)));
        var months = await logs.Pushdown.StepTrendAsync(new StepTrendOptions { Step = FunnelStep.Of("A"), Granularity = TrendGranularity.Month });
        Assert.Equal((7L, 0L), Point(months, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero))); // c1-c6 and c9 (c6: a tick before October)
        var retention = await logs.Pushdown.RetentionAsync(new RetentionOptions { Start = FunnelStep.Of("A"), Return = FunnelStep.Of("B"), Granularity = TrendGranularity.Week });
        Assert.Equal(1, retention.Cohorts.Single(c => c.Start == DateOnly.FromDateTime(TrendCases.Monday.UtcDateTime.AddDays(-7))).Cells[1].Customers); // c1
    }

    /// <summary>The month SQL (integer arithmetic, no Date type) gives .NET's calendar for every day of years 1 to 9999.</summary>
    [StoreFact]
    public async Task CalendarSql_EveryDay_MatchesTheCalendar()
    {
        using var http = new ClickHouseHttp(ClickHouseStores.Options(clickHouse.Server, "default"));
        var lastDay = DateOnly.MaxValue.DayNumber.ToString(CultureInfo.InvariantCulture);
        var sql = $"SELECT mo, min(d), count() FROM (SELECT toInt64(number) AS d, {CalendarSql.Period(TrendGranularity.Month, "d")} AS mo " +
            $"FROM numbers({lastDay} + 1)) GROUP BY mo ORDER BY mo";

        var months = 0;
        await foreach (var row in http.RowsAsync(sql, 3, default))
        {
            var first = DateOnly.FromDayNumber(int.Parse(row[1]!, CultureInfo.InvariantCulture));
            Assert.Equal(((first.Year * 12L) + first.Month - 1, 1, DateTime.DaysInMonth(first.Year, first.Month)),
                (long.Parse(row[0]!, CultureInfo.InvariantCulture), first.Day, int.Parse(row[2]!, CultureInfo.InvariantCulture)));
            months++;
        }

        Assert.Equal(9999 * 12, months);
    }

    /// <summary>Against an address where nothing listens, so a query would fail with another exception.</summary>
    [Fact]
    public async Task StepTrendAndRetention_UnsupportedOrInvalidOptions_ThrowBeforeAnyQuery()
    {
        using var nowhere = new ClickHouseAnalyses(new ClickHouseOptions { Url = "http://127.0.0.1:9/", Database = "none" }, PushdownLogs.Source);
        var trend = new StepTrendOptions { Step = FunnelStep.Of("A") };
        var property = new EventFilter { PropertyKey = "plan", PropertyValue = "pro" };
        var matches = new EventFilter { Events = [EventMatch.Of("A")] };

        await Assert.ThrowsAsync<NotSupportedException>(() => nowhere.StepTrendAsync(trend with { Filter = property }));
        await Assert.ThrowsAsync<NotSupportedException>(() => nowhere.RetentionAsync(new RetentionOptions { Filter = matches }));
        var alternatives = new FunnelStep("many", ["A"]) { AnyOf = [.. Enumerable.Range(0, 64).Select(i => FunnelStep.Of("A" + i))] };
        await Assert.ThrowsAsync<NotSupportedException>(() => nowhere.StepTrendAsync(trend with { Step = alternatives }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => nowhere.StepTrendAsync(default));
        var periods = await Assert.ThrowsAsync<ArgumentException>(() => nowhere.RetentionAsync(new RetentionOptions { Periods = 61 }));
        Assert.Contains("1 to 60 periods", periods.Message, StringComparison.Ordinal);
        var asked = await Record.ExceptionAsync(() => nowhere.RetentionAsync(new RetentionOptions())); // supported: it asks, and nobody answers
        Assert.False(asked is null or NotSupportedException or ArgumentException, asked?.ToString());
    }

    private static (long Customers, long Converted) Point(StepTrendResult result, DateTimeOffset start)
    {
        var point = result.Points.Single(p => p.PeriodStart == DateOnly.FromDateTime(start.UtcDateTime));
        return (point.Customers, point.Converted ?? 0);
    }
}
