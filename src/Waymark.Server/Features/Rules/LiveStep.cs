namespace Waymark.Server.Features.Rules;

/// <summary>
/// One step of the <see cref="LiveView"/>: in flight counts only customers under a stall rule from this step (waiting
/// for its step B within the rule's window), stalled now those whose deadline here passed in the last 24 hours; the
/// rules are those that start or end here (step A or step B), on or off.
/// </summary>
public sealed record LiveStep(string StepId, int InFlight, int StalledNow, IReadOnlyList<LiveRule> Rules);
