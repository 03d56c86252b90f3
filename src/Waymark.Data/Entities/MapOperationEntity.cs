namespace Waymark.Data.Entities;

/// <summary>
/// One applied co-editing op of a map (docs/adr/043), in the map's one order: append-only, numbered by
/// <see cref="Seq"/> from 1, and unique by the client-made <see cref="OpId"/> so a resent op is never applied twice.
/// </summary>
public sealed class MapOperationEntity
{
    public string MapId { get; set; } = "";
    public long Seq { get; set; }
    public string OpId { get; set; } = "";
    public string AuthorId { get; set; } = "";
    public string AuthorName { get; set; } = "";
    public DateTime At { get; set; }

    /// <summary>The edit's JSON (Waymark.Core.Operations.OperationJson), as clients receive it.</summary>
    public string EditJson { get; set; } = "";

    /// <summary>For a restore (a replaceDocument sent with restoredFrom), the seq whose map it brought back (docs/adr/048).</summary>
    public long? RestoredFrom { get; set; }
}
