namespace Waymark.Analytics.Engine;

/// <summary>
/// A funnel step: any one of its activities completes it, on an event where every one of its
/// <see cref="Conditions"/> holds. <see cref="AnyOf"/> adds alternatives: the step is also completed by any event
/// that completes one of them (a stage made of several steps, each with its own conditions).
/// </summary>
public sealed record FunnelStep(string Name, IReadOnlyList<string> Activities)
{
    /// <summary>Property conditions that must all hold on the event (none: any event of the activities).</summary>
    public IReadOnlyList<PropertyCondition> Conditions { get; init; } = [];

    /// <summary>Alternatives that also complete this step (their own alternatives are not followed).</summary>
    public IReadOnlyList<FunnelStep> AnyOf { get; init; } = [];

    public static FunnelStep Of(string activity) => new(activity, [activity]);
}
