namespace Waymark.Analytics.WhatIf;

/// <summary>
/// The asked step as measured: customers who reached it (the overlay's <c>customers</c>), its conversion to the next
/// step (the overlay's <c>conversionToNext</c>; null when nobody reached it), the median wait of those who went on
/// (seconds; the overlay's <c>medianFromPrevious</c> of the next step) and the customers still waiting there at the
/// period's end (reached it, not the next step).
/// </summary>
public sealed record WhatIfStep(string StepId, string? NextStepId, long Reached, double? Conversion, double? MedianWaitSeconds, long Waiting);
