namespace Waymark.Data.Entities;

/// <summary>
/// One piece of customer feedback as stored. Append-only like events: <see cref="Sequence"/> grows with every row,
/// <see cref="FeedbackId"/> (given, or derived from the content) makes retries and re-uploads idempotent per workspace.
/// </summary>
public sealed class FeedbackEntity
{
    public long Sequence { get; set; }
    public string WorkspaceId { get; set; } = "";
    public string FeedbackId { get; set; } = "";
    public string? CustomerId { get; set; }

    /// <summary>UTC ticks, the engine's unit, as for events.</summary>
    public long Ticks { get; set; }

    public string? StepId { get; set; }
    public string? Activity { get; set; }

    /// <summary>"nps", "csat", "ces", "rating", or null when the item has no score.</summary>
    public string? ScoreType { get; set; }

    public double? Score { get; set; }
    public string? Text { get; set; }

    /// <summary>"survey", "review", "chat", "call", "social", "email" or "other".</summary>
    public string Source { get; set; } = "other";

    public bool Solicited { get; set; }
    public string? Language { get; set; }

    /// <summary>The item's properties as a JSON object of strings, or null.</summary>
    public string? Properties { get; set; }
}
