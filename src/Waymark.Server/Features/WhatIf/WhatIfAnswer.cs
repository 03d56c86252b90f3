namespace Waymark.Server.Features.WhatIf;

/// <summary>
/// The projected change of customers reaching the map's outcome if a step's conversion rose by <c>points</c> or its
/// wait fell by <c>waitSeconds</c> (docs/adr/055-what-if.md), for a period and a segment. <c>projected</c> and
/// <c>change</c> carry the 95% bootstrap interval over <c>resamples</c> resamples; the notes say what was assumed.
/// </summary>
public sealed record WhatIfAnswer(
    string MapId,
    string Kind,
    double? Points,
    double? WaitSeconds,
    string? From,
    string? To,
    string SegmentKey,
    string SegmentName,
    string? OutcomeStepId,
    WhatIfMeasured Measured,
    WhatIfEstimate Projected,
    WhatIfEstimate Change,
    WhatIfStepFigures Step,
    int Resamples,
    IReadOnlyList<string> Notes);
