namespace Waymark.Server.Features.Collab;

/// <summary>
/// What became of one sent op: applied (with its seq), duplicate (applied before, with that seq) or rejected (with a
/// reason from RejectReasons, a message, the path of what is wrong and, for a deleted thing, who deleted it).
/// </summary>
public sealed record SendResult(string Id, string Status, long? Seq = null, string? Reason = null, string? Message = null, string? Path = null, string? By = null)
{
    public const string Applied = "applied";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
}
