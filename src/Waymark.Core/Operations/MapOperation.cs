namespace Waymark.Core.Operations;

/// <summary>
/// One edit sent by a client: its own id (so a resend is recognised and never applied twice), the last server
/// sequence number the client had applied when it made the edit, and the edit itself (docs/adr/043).
/// </summary>
public sealed record MapOperation(string Id, long BaseSeq, MapEdit Edit)
{
    /// <summary>Client-made ids are uuids; anything longer is refused.</summary>
    public const int MaxIdLength = 64;
}
