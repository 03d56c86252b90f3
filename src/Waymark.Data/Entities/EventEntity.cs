namespace Waymark.Data.Entities;

/// <summary>
/// One customer event as stored. Append-only: <see cref="Sequence"/> grows with every row so the in-memory log
/// reads only what is new; <see cref="EventId"/> (client-given) makes retries idempotent per source.
/// </summary>
public sealed class EventEntity
{
    public long Sequence { get; set; }
    public string WorkspaceId { get; set; } = "";

    /// <summary>The event source it belongs to: ids, sequences read and customers are per source.</summary>
    public string SourceId { get; set; } = "";
    public string? EventId { get; set; }
    public string CustomerId { get; set; } = "";

    /// <summary>UTC ticks, the engine's unit: no parsing on the way into the log, same on every provider.</summary>
    public long Ticks { get; set; }

    public string Activity { get; set; } = "";
    public string? Channel { get; set; }

    /// <summary>The event's properties as a JSON object of strings, or null.</summary>
    public string? Properties { get; set; }
}
