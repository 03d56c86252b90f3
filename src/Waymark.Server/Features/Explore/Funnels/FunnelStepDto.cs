namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// One bar of the funnel (docs/analytics.md, "Funnel"): customers who reached the step, their share of the first
/// step's and of the previous step's, the drop-off from the previous step, and the time from it (seconds, null for
/// the first step or when nobody reached it). StepId or Activity says what the step was asked as.
/// </summary>
public sealed record FunnelStepDto(
    string Name,
    string? StepId,
    string? Activity,
    long Customers,
    double ConversionFromFirst,
    double ConversionFromPrevious,
    long DropOff,
    double? MedianFromPrevious,
    double? P90FromPrevious);
