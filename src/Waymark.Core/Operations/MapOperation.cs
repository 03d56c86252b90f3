namespace Waymark.Core.Operations;

/// <summary>
/// One edit sent by a client: its own id (so a resend is recognised and never applied twice), the last server
/// sequence number the client had applied when it made the edit, and the edit itself (docs/adr/043). A restore
/// (docs/adr/048) is a replaceDocument that names the seq whose map it brings back in <see cref="RestoredFrom"/>.
/// </summary>
public sealed record MapOperation(string Id, long BaseSeq, MapEdit Edit, long? RestoredFrom = null)
{
    /// <summary>Client-made ids are uuids; anything longer is refused.</summary>
    public const int MaxIdLength = 64;
}
