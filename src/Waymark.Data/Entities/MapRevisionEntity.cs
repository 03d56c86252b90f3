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
}
