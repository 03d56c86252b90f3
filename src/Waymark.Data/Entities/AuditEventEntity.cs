namespace Waymark.Data.Entities;

/// <summary>
/// One line of the audit trail: who did what, to what, when. Rows are only ever inserted (the tables refuse updates
/// and deletes through triggers, AuditSchema); a deleted workspace keeps its lines, so the id has no foreign key.
/// </summary>
public sealed class AuditEventEntity
{
    public long Sequence { get; set; }
    public string? WorkspaceId { get; set; }
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Target { get; set; }
    public string? Detail { get; set; }
    public DateTime At { get; set; }
}
