using System.Net;
using System.Text.Json;
using Waymark.Analytics.Engine;

namespace Waymark.Server.Tests.Explore;

/// <summary>
/// Explore's retention and trends through the API: figures equal the engine's on the same events built
/// independently, a map step read through its binding, and bad queries answered with the parameter's name.
/// </summary>
public abstract class ExploreRetentionApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    private static readonly FunnelStep CartOnIos = new("Cart on iOS", ["Cart"]) { Conditions = [new PropertyCondition("device", "ios")] };

    [Fact]
    public async Task Retention_MapStepAndActivity_TriangleEqualsTheEngineOnTheSameEvents()
    {
        var events = ExploreEvents.Random(seed: 7, customers: 400);
        await ExploreEvents.IngestAsync(Http, events);
        var mapId = await ExploreEvents.PutMapAsync(Http);

        var (status, body) = await ExploreEvents.GetAsync(Http,
            $"retention?map={mapId}&startStep=stp_cart&returnActivity=Pay&granularity=week&periods=4&from=2026-10-05&to=2026-11-09");

        var engine = Analyze.Retention(ExploreEvents.Log(events), new RetentionOptions
        {
            Start = CartOnIos,
            Return = FunnelStep.Of("Pay"),
            Granularity = TrendGranularity.Week,
            Periods = 4,
            Filter = new EventFilter { From = ExploreEvents.T0, To = new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero) },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("Cart on iOS", "Pay", "week"), (body.GetProperty("start").GetString(), body.GetProperty("return").GetString(), body.GetProperty("granularity").GetString()));
        var cohorts = body.GetProperty("cohorts").EnumerateArray().ToList();
        Assert.True(engine.Cohorts.Count >= 3);
        Assert.Equal(engine.Cohorts.Select(c => c.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), cohorts.Select(c => c.GetProperty("start").GetString()));
        Assert.Equal(engine.Cohorts.SelectMany(c => c.Cells.Select(x => x.Customers)), cohorts.SelectMany(c => c.GetProperty("cells").EnumerateArray().Select(x => x.GetProperty("customers").GetInt64())));
        Assert.Equal(engine.Average.Select(a => a.Share), body.GetProperty("average").EnumerateArray().Select(a => a.GetProperty("share").ValueKind == JsonValueKind.Null ? (double?)null : a.GetProperty("share").GetDouble()));
        Assert.Equal(engine.Customers, body.GetProperty("customers").GetInt64());
        Assert.Contains(cohorts.SelectMany(c => c.GetProperty("cells").EnumerateArray()), x => x.GetProperty("state").GetString() == "notYet");
    }

    [Theory]
    [InlineData("retention?granularity=year", "granularity")]
    [InlineData("retention?periods=0", "periods")]
    [InlineData("retention?periods=61", "periods")]
    [InlineData("retention?startStep=stp_cart", "startStep")]
    [InlineData("retention?startStep=stp_cart&startActivity=Pay", "start")]
    [InlineData("retention?from=yesterday", "from")]
    [InlineData("trends", "step")]
    [InlineData("trends?activity=Pay&granularity=hour", "granularity")]
    [InlineData("trends?activity=Pay&nextStep=stp_x", "nextStep")]
    public async Task Explore_BadQuery_400NamingTheParameter(string query, string field)
    {
        var (status, body) = await ExploreEvents.GetAsync(Http, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Theory]
    [InlineData("retention?segment=seg_missing")]
    [InlineData("retention?map=map_missing")]
    [InlineData("trends?activity=Pay&segment=seg_missing")]
    public async Task Explore_UnknownSegmentOrMap_404(string query)
    {
        var (status, _) = await ExploreEvents.GetAsync(Http, query);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Retention_NoEvents_EmptyTriangleNotAnError()
    {
        var (status, body) = await ExploreEvents.GetAsync(Http, "retention");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("cohorts").GetArrayLength());
    }

    [Fact]
    public async Task Trends_StepAndNext_SeriesAndPreviousPeriodEqualTheEngine()
    {
        var events = ExploreEvents.Random(seed: 11, customers: 400);
        await ExploreEvents.IngestAsync(Http, events);
        var mapId = await ExploreEvents.PutMapAsync(Http);
        var (from, to) = (new DateTimeOffset(2026, 10, 19, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero));

        var (status, body) = await ExploreEvents.GetAsync(Http, $"trends?map={mapId}&step=stp_cart&nextActivity=Pay&from=2026-10-19&to=2026-11-02");

        var log = ExploreEvents.Log(events);
        var options = new StepTrendOptions { Step = CartOnIos, Next = FunnelStep.Of("Pay"), Filter = new EventFilter { From = from, To = to } };
        var now = Analyze.StepTrend(log, options);
        var before = Analyze.StepTrend(log, options with { Filter = new EventFilter { From = from.AddDays(-14), To = from } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("day", "Cart on iOS", "Pay"), (body.GetProperty("granularity").GetString(), body.GetProperty("step").GetString(), body.GetProperty("next").GetString()));
        var current = body.GetProperty("current");
        var previous = body.GetProperty("previous");
        Assert.Equal(14, current.GetProperty("points").GetArrayLength());
        Assert.Equal(now.Points.Select(p => p.Customers), current.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("customers").GetInt64()));
        Assert.Equal(now.Points.Select(p => p.Converted), current.GetProperty("points").EnumerateArray().Select(p => (long?)p.GetProperty("converted").GetInt64()));
        Assert.Equal(before.Points.Select(p => p.Customers), previous.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("customers").GetInt64()));
        Assert.Equal((now.Customers, before.Customers), (current.GetProperty("customers").GetInt64(), previous.GetProperty("customers").GetInt64()));
        Assert.True(now.Customers > 0 && before.Customers > 0);
        var change = body.GetProperty("change");
        Assert.Equal((double)(now.Customers - before.Customers) / before.Customers, change.GetProperty("customers").GetDouble(), 12);
        Assert.Equal("the previous 14 days", change.GetProperty("previousLabel").GetString());
    }

    [Fact]
    public async Task Trends_AllTime_NoPreviousPeriod()
    {
        await ExploreEvents.IngestAsync(Http, ExploreEvents.Random(seed: 2, customers: 20));

        var (status, body) = await ExploreEvents.GetAsync(Http, "trends?activity=Visit&granularity=week");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("previous").ValueKind);
        Assert.True(body.GetProperty("current").GetProperty("points").GetArrayLength() >= 4);
    }
}
