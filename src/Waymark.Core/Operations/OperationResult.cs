using System.Text.Json.Nodes;
using Waymark.Core.Maps;

namespace Waymark.Core.Operations;

/// <summary>
/// The outcome of applying one op: applied (the new document, canonical, and the map it reads as; who it replaced, if
/// anyone) or rejected (a reason from <see cref="RejectReasons"/>, a message for people, and for invalid ops the path).
/// </summary>
public sealed record OperationResult
{
    public bool Applied => Map is not null;

    public JourneyMap? Map { get; init; }

    /// <summary>The map's canonical JSON (MapSerializer.ToJson) after the op.</summary>
    public string? Json { get; init; }

    public KeyWriter? Replaced { get; init; }

    public IReadOnlyList<Tombstone> TombstonesAdded { get; init; } = [];

    public IReadOnlyList<(string Kind, string Id)> TombstonesRemoved { get; init; } = [];

    public string? Reason { get; init; }

    public string? Message { get; init; }

    public string? Path { get; init; }

    /// <summary>For a <see cref="RejectReasons.Deleted"/> rejection: who deleted the thing.</summary>
    public string? DeletedBy { get; init; }

    internal JsonObject? Document { get; init; }
}
