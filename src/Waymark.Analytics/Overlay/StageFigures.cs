namespace Waymark.Analytics.Overlay;

/// <summary>
/// A stage's figures, rolled up from the step funnel: customers who reached the stage's first in-funnel step in the
/// map's order, their share of the entrants, conversion to and loss before the next stage's first in-funnel step (the
/// sum of the stage's steps' drop-offs), and the wait before the stage's first step.
/// </summary>
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
