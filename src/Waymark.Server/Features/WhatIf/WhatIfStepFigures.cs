namespace Waymark.Server.Features.WhatIf;

/// <summary>
/// The asked step as measured: customers who reached it, its conversion to the next step (null when nobody reached
/// it), the median wait of those who went on (seconds) and the customers still waiting there at the period's end.
/// </summary>
public sealed record WhatIfStepFigures(string Id, string Label, string NextStepId, long Reached, double? Conversion, double? MedianWaitSeconds, long Waiting);
