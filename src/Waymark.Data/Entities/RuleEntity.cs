namespace Waymark.Data.Entities;

/// <summary>
/// A journey rule on a map (docs/adr/054-journey-rules.md): a trigger, conditions, a frequency and actions, stored as
/// one JSON document (<see cref="Definition"/>, the API's RuleRequest without name and enabled). A rule only sees
/// events and feedback stored after it was switched on: <see cref="EventsAfter"/> and <see cref="FeedbackAfter"/> are
/// the store sequences at that moment.
/// </summary>
public sealed class RuleEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string MapId { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Enabled { get; set; }

    /// <summary>The trigger kind (reached-step, event, feedback, stalled, segment-entered), also inside <see cref="Definition"/>, for the evaluator's queries.</summary>
    public string Kind { get; set; } = "";
    public string Definition { get; set; } = "{}";
    public long EventsAfter { get; set; }
    public long FeedbackAfter { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
