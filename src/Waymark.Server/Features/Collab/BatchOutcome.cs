namespace Waymark.Server.Features.Collab;

/// <summary>What a batch did: a result per queued op, and the ops applied (to broadcast), in seq order.</summary>
internal sealed record BatchOutcome(IReadOnlyList<SendResult> Results, IReadOnlyList<AppliedOp> Applied);
