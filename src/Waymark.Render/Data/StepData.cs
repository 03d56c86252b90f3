namespace Waymark.Render.Data;

/// <summary>
/// One step's figures, as the editor's data view shows them (web/src/features/mapData/overlay/StepFiguresView.tsx):
/// customers (or visitors, outside the entry → outcome funnel), conversion to the next step, drop-off, the median
/// wait from the previous step in seconds, and the lead feedback score ("NPS", "+12"), each null when unknown.
/// <c>Bound</c> false: the step is not bound to activities, so it is not measured.
/// </summary>
public sealed record StepData(
    bool Bound,
    bool InFunnel,
    long Customers,
    double? ConversionToNext,
    long? DropOff,
    double? DropOffRate,
    double? MedianWait,
    string? ScoreLabel,
    string? ScoreValue);
