namespace Waymark.Server.Features.Rules;

/// <summary>
/// The map now (<see cref="RuleLive"/>), per step: customers in flight (an armed stall timer from the step whose
/// deadline has not passed), stalled now (a stall deadline at the step passed in the last 24 hours), and the rules
/// that fire there. <see cref="At"/> is the server's time of the figures.
/// </summary>
public sealed record LiveView(DateTime At, IReadOnlyList<LiveStep> Steps);
