using System.Text.Json;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// The answer to Join: the seq the client is now at and either the ops it missed since the seq it named, or the whole
/// map at that seq; who else is on the map; and the caller's role (viewer, commenter, editor, owner).
/// </summary>
public sealed record JoinResult(long Seq, JsonElement? Map, IReadOnlyList<AppliedOp>? Ops, IReadOnlyList<PresenceEntry> Presence, string Role);
