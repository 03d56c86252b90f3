namespace Waymark.Server.Features.Rules;

/// <summary>One step of the <see cref="LiveView"/>.</summary>
public sealed record LiveStep(string StepId, int InFlight, int StalledNow, IReadOnlyList<LiveRule> Rules);
