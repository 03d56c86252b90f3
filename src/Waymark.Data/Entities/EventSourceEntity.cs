namespace Waymark.Data.Entities;

/// <summary>
/// One pool of events in a workspace ("Web shop", "Trial app"): every event, customer attribute and API key belongs to
/// one, a customer id in two sources is two customers, and a map reads one source's log (docs/adr/042-sources-data-sources.md).
/// </summary>
public sealed class EventSourceEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
