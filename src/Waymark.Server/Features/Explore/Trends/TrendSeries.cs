using Waymark.Analytics.Engine;
using Waymark.Server.Features.Explore.Retention;

namespace Waymark.Server.Features.Explore.Trends;

/// <summary>The engine's step trend as the API's series, and the change between two of them.</summary>
internal static class TrendSeries
{
    public static TrendSeriesDto Of(string? from, string? to, StepTrendResult result) => new(
        from, to, result.Customers, result.Converted, Share(result.Converted, result.Customers), result.Truncated,
        [.. result.Points.Select(p => new TrendPointDto(ExploreStepParameters.Date(p.PeriodStart), p.Customers, p.Converted,
            Share(p.Converted, p.Customers), p.Incomplete))]);

    public static TrendChangeDto Change(TrendSeriesDto current, TrendSeriesDto previous, EventFilter previousRange)
    {
        double? customers = previous.Customers == 0 ? null : (double)(current.Customers - previous.Customers) / previous.Customers;
        double? conversion = current.Conversion is { } a && previous.Conversion is { } b ? a - b : null;
        return new TrendChangeDto(customers, conversion, TrendsEndpoints.Days(previousRange.To!.Value - previousRange.From!.Value));
    }

    private static double? Share(long? part, long whole) => part is { } p && whole > 0 ? (double)p / whole : null;
}
