namespace Waymark.Server.Features.Rules;

/// <summary>The map now, per step: customers in flight (an armed stall timer from the step, not yet due), stalled now (due and not cancelled), and the rules that fire there.</summary>
public sealed record LiveView(DateTime At, IReadOnlyList<LiveStep> Steps);
