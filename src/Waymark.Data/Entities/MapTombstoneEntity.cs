namespace Waymark.Data.Entities;

/// <summary>
/// A stage, step, lane or persona deleted by an op: a later op naming it is refused as deleted (and says by whom)
/// instead of bringing it back; an undo of the delete (an add with restore) removes the row.
/// </summary>
public sealed class MapTombstoneEntity
{
    public string MapId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string ItemId { get; set; } = "";
    public long Seq { get; set; }
    public string AuthorName { get; set; } = "";
}
