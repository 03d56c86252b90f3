namespace Waymark.Server.Features.Rules;

/// <summary>
/// What fires a rule: <see cref="Kind"/> is reached-step (<see cref="StepId"/>), event (<see cref="Activity"/> and
/// <see cref="Properties"/>), feedback (on <see cref="StepId"/>, meeting <see cref="Feedback"/>), stalled (reached
/// <see cref="StepId"/> but not <see cref="UntilStepId"/> within <see cref="WithinSeconds"/>) or segment-entered
/// (<see cref="SegmentId"/>).
/// </summary>
public sealed record RuleTrigger
{
    public string? Kind { get; init; }

    public string? StepId { get; init; }

    public string? UntilStepId { get; init; }

    public long? WithinSeconds { get; init; }

    public string? Activity { get; init; }

    public RuleFilter[]? Properties { get; init; }

    public RuleFeedbackCondition? Feedback { get; init; }

    public string? SegmentId { get; init; }
}
