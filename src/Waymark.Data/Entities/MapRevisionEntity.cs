namespace Waymark.Data.Entities;

/// <summary>One saved state of a map. Append-only: history and restore read these.</summary>
public sealed class MapRevisionEntity
{
    public long Id { get; set; }
    public string MapId { get; set; } = "";
    public int Number { get; set; }
    public string Author { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string Summary { get; set; } = "";
    public string Document { get; set; } = "";

    /// <summary>
    /// The map's op seq when the revision was written (the document is the map just after that op; 0 at creation),
    /// so history rebuilds any later point from it. Null for revisions written before the History migration.
    /// </summary>
    public long? OpSeq { get; set; }
}
