namespace Waymark.Server.Features.Audit;

/// <summary>
/// One line of a workspace's activity: who (<see cref="ActorId"/> and the name they had then), what (a dotted action
/// name, <see cref="AuditActions"/>), to what (<see cref="Target"/>, an id; <see cref="TargetExists"/> when it is a
/// map, persona or segment that is still there), the plain-text detail, and when (UTC).
/// </summary>
public sealed record ActivityLine(long Sequence, DateTime At, string? ActorId, string ActorName, string Action, string? Target, bool TargetExists, string? Detail);
