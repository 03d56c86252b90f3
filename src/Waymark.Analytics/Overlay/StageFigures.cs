namespace Waymark.Analytics.Overlay;

/// <summary>A stage's figures: the stage funnel, where a stage is reached by any of its bound in-funnel steps.</summary>
public sealed record StageFigures(
    string StageId,
    bool Bound,
    long Customers,
    double? ShareOfEntrants,
    double? ConversionToNext,
    long? DropOff,
    double? DropOffRate,
    double? MedianFromPrevious,
    double? P90FromPrevious,
    int Loss,
    int Wait);
