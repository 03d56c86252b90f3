using Waymark.Core.Operations;
using Waymark.Server.Features.Collab;

namespace Waymark.Server.Features.History;

/// <summary>
/// A restore (docs/adr/048) is a replaceDocument op whose envelope names the seq it brings back: it must be a
/// replaceDocument, and the seq one the map has had (0 to the seq before the op).
/// </summary>
internal static class Restores
{
    /// <summary>The rejection for a malformed restore, or null when the op is no restore or a good one.</summary>
    public static SendResult? Problem(MapOperation op, long currentSeq)
    {
        if (op.RestoredFrom is not { } from)
        {
            return null;
        }

        if (op.Edit is not ReplaceDocumentEdit)
        {
            return Rejected(op, "edit.type", "a restore (restoredFrom) must be a replaceDocument edit");
        }

        return from < 0 || from > currentSeq
            ? Rejected(op, "restoredFrom", $"restoredFrom must be a seq of this map, from 0 to {currentSeq}")
            : null;
    }

    private static SendResult Rejected(MapOperation op, string path, string message) =>
        new(op.Id, SendResult.Rejected, Reason: RejectReasons.Invalid, Message: message, Path: path);
}
