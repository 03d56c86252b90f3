using System.Text.Json;

namespace Waymark.Server.Features.History;

/// <summary>
/// A map's timeline (docs/adr/048): its current op seq, a page of sessions newest first (by where they start), every
/// named version newest first, and whether older sessions exist (ask again with before = the oldest fromSeq shown).
/// </summary>
public sealed record MapHistory(long Seq, IReadOnlyList<HistorySession> Sessions, IReadOnlyList<MapVersion> Versions, bool More);

/// <summary>
/// One author's run of ops, each within 15 minutes of their previous one (other authors' ops may fall between), or
/// one restore on its own (<see cref="RestoredFrom"/> set): what kinds of edit it made and how many of each.
/// </summary>
public sealed record HistorySession(string AuthorId, string AuthorName, long FromSeq, long ToSeq, DateTime StartedAt, DateTime EndedAt,
    int Edits, IReadOnlyList<HistoryKind> Kinds, long? RestoredFrom = null);

/// <summary>A kind of edit in a session ("cells changed", "steps added", "whole map replaced") and how many.</summary>
public sealed record HistoryKind(string Label, int Count);

/// <summary>A named point of the map's log: the map as it was just after op <see cref="Seq"/>.</summary>
public sealed record MapVersion(string Id, string Name, long Seq, string CreatedById, string CreatedByName, DateTime CreatedAt);

/// <summary>The map as it was just after op <see cref="Seq"/> (0: before the first op), as the file format's JSON.</summary>
public sealed record MapAtSeq(long Seq, JsonElement Map);

/// <summary>Name a version: at <see cref="Seq"/>, or at the map's current seq when it is left out.</summary>
public sealed record CreateVersionRequest(string? Name, long? Seq);

/// <summary>Give a version a new name.</summary>
public sealed record RenameVersionRequest(string? Name);
