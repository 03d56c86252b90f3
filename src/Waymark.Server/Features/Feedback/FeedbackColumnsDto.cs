using Waymark.Analytics.Feedback.Import;

namespace Waymark.Server.Features.Feedback;

/// <summary>Which column holds each field of a feedback upload (null: none); the import's query takes the same names.</summary>
public sealed record FeedbackColumnsDto(
    string? Customer, string? Time, string? Text, string? Score, string? ScoreType, string? Source,
    string? Step, string? Activity, string? Solicited, string? Language, string? Id)
{
    public static FeedbackColumnsDto From(FeedbackColumns c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Customer, c.Time, c.Text, c.Score, c.ScoreType, c.Source, c.Step, c.Activity, c.Solicited, c.Language, c.Id);
    }
}
