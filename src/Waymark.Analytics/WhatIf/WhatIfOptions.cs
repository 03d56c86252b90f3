using Waymark.Analytics.Engine;
using Waymark.Analytics.Overlay;

namespace Waymark.Analytics.WhatIf;

/// <summary>
/// A what-if question on a map (docs/adr/055-what-if.md): the map as the overlay reads it (its funnel from entry to
/// outcome), the scope (<see cref="Filter"/>: period and segment), the step (an in-funnel step before the outcome)
/// and the change: <see cref="Points"/> of conversion for <see cref="WhatIfKind.Conversion"/>, or a wait shorter by
/// <see cref="WaitCut"/> for <see cref="WhatIfKind.Wait"/>. The interval comes from <see cref="Resamples"/> bootstrap
/// resamples drawn from <see cref="Seed"/>, so the same question gives the same answer.
/// </summary>
public readonly record struct WhatIfOptions
{
    public const int DefaultResamples = 500;

    public const ulong DefaultSeed = 55;

    public IReadOnlyList<OverlayStage> Stages { get; init; }

    public string? EntryStepId { get; init; }

    public string? OutcomeStepId { get; init; }

    public EventFilter Filter { get; init; }

    public string StepId { get; init; }

    public WhatIfKind Kind { get; init; }

    /// <summary>Percentage points added to the step's conversion (-100..100); the result is kept within 0..1.</summary>
    public double Points { get; init; }

    /// <summary>How much shorter the wait to the next step is (zero or more).</summary>
    public TimeSpan WaitCut { get; init; }

    /// <summary>Bootstrap resamples; zero or less: <see cref="DefaultResamples"/>.</summary>
    public int Resamples { get; init; }

    /// <summary>Seed of the resampling; null: <see cref="DefaultSeed"/>.</summary>
    public ulong? Seed { get; init; }
}
