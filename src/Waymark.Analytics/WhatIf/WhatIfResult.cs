namespace Waymark.Analytics.WhatIf;

/// <summary>
/// The answer to a what-if question. <see cref="Entries"/> and <see cref="Outcome"/> are measured (the overlay's
/// entrants and outcome customers); <see cref="Projected"/> is the expected number reaching the outcome under the
/// change, <see cref="Change"/> = projected - measured; Low/High are the 95% percentile bootstrap interval over
/// <see cref="Resamples"/> resamples of the customers (0 when there was nothing to resample).
/// </summary>
public sealed record WhatIfResult(
    string? OutcomeStepId,
    long Entries,
    long Outcome,
    double Projected,
    double ProjectedLow,
    double ProjectedHigh,
    double Change,
    double ChangeLow,
    double ChangeHigh,
    WhatIfStep Step,
    int Resamples,
    IReadOnlyList<string> Notes);
