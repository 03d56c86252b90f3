namespace Waymark.Server.Features.Explore.Process;

/// <summary>
/// A step of the designed order. <see cref="Position"/> is its place among the measured steps as designed,
/// <see cref="ActualPosition"/> its place by when customers first do it (the earliest median time from a customer's
/// first event to the first event of one of its activities); null when no customer did it.
/// </summary>
public sealed record ProcessDesignStep(
    string StepId, string Name, string Stage, IReadOnlyList<string> Activities,
    int? Position, int? ActualPosition, double? MedianToFirstSeconds, bool Differs);
