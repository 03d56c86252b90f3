namespace Waymark.Analytics.Feedback.Import;

/// <summary>
/// Which column (CSV header or NDJSON member) holds each field of a feedback item; null means "recognise it from
/// the usual names" (customer_id, time, text, comment, review, score, rating, nps, source, ...).
/// </summary>
public sealed record FeedbackColumns
{
    /// <summary>The ingestion API's member names (docs: POST /api/ingest/feedback).</summary>
    public static readonly FeedbackColumns Api = new()
    {
        Id = "id", Customer = "customerId", Time = "time", Text = "text", Score = "score", ScoreType = "scoreType",
        Source = "source", Step = "stepId", Activity = "activity", Solicited = "solicited", Language = "language", Exact = true,
    };

    public string? Id { get; init; }
    public string? Customer { get; init; }
    public string? Time { get; init; }
    public string? Text { get; init; }
    public string? Score { get; init; }
    public string? ScoreType { get; init; }
    public string? Source { get; init; }
    public string? Step { get; init; }
    public string? Activity { get; init; }
    public string? Solicited { get; init; }
    public string? Language { get; init; }

    /// <summary>True when the columns are exactly the given names: nothing is guessed, a missing one is absent.</summary>
    public bool Exact { get; init; }

    internal string? this[Internals.FeedbackRole role] => role switch
    {
        Internals.FeedbackRole.Id => Id,
        Internals.FeedbackRole.Customer => Customer,
        Internals.FeedbackRole.Time => Time,
        Internals.FeedbackRole.Text => Text,
        Internals.FeedbackRole.Score => Score,
        Internals.FeedbackRole.ScoreType => ScoreType,
        Internals.FeedbackRole.Source => Source,
        Internals.FeedbackRole.Step => Step,
        Internals.FeedbackRole.Activity => Activity,
        Internals.FeedbackRole.Solicited => Solicited,
        _ => Language,
    };
}
