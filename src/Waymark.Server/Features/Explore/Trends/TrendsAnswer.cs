namespace Waymark.Server.Features.Explore.Trends;

/// <summary>
/// A step's figures over time for the scope (<see cref="Current"/>) and for the period of equal length just before
/// it (<see cref="Previous"/>, null when the scope has no start or end), and the change between the two totals.
/// docs/analytics.md ("Step trends") says what each figure counts.
/// </summary>
public sealed record TrendsAnswer(
    string? From,
    string? To,
    string Granularity,
    string Step,
    string? Next,
    TrendSeriesDto Current,
    TrendSeriesDto? Previous,
    TrendChangeDto? Change);

/// <summary>
/// One range's series: customers with an event of the step (distinct over the range) and, with a next step, how many
/// of them did it afterwards and that share; every period listed, oldest first.
/// </summary>
public sealed record TrendSeriesDto(
    string? From,
    string? To,
    long Customers,
    long? Converted,
    double? Conversion,
    bool Truncated,
    IReadOnlyList<TrendPointDto> Points);

/// <summary>One period: its first day, the step's customers in it, and those of them who went on to the next step.</summary>
public sealed record TrendPointDto(string Start, long Customers, long? Converted, double? Conversion, bool Incomplete);

/// <summary>
/// The current range against the previous one: customers as a relative change (0.12 = +12 %; null when the previous
/// range had none) and conversion as a difference of shares (0.03 = 3 points; null without a next step).
/// </summary>
public sealed record TrendChangeDto(double? Customers, double? Conversion, string PreviousLabel);
