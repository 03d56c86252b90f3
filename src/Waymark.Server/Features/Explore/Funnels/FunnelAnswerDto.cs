namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>
/// A measured funnel: the scope it was measured over, its bars, who entered (reached the first step), converted
/// (reached the last) and was excluded, the time to convert, and the breakdown and conversion over time when asked.
/// </summary>
public sealed record FunnelAnswerDto(
    string? From,
    string? To,
    string Segment,
    string SegmentName,
    string Mode,
    long? WindowSeconds,
    IReadOnlyList<FunnelStepDto> Steps,
    long Entered,
    long Converted,
    double Conversion,
    long Excluded,
    TimeToConvertDto TimeToConvert,
    FunnelBreakdownDto? Breakdown,
    FunnelOverTimeDto? OverTime);
