using Waymark.Data.FeedbackStores;

namespace Waymark.Server.Features.Feedback;

/// <summary>One item of the feedback list, as stored (names lower-case, time in UTC).</summary>
public sealed record FeedbackListItem(
    string Id, string? CustomerId, DateTime Time, string? StepId, string? Activity, string? ScoreType, double? Score,
    string? Text, string Source, bool Solicited, string? Language)
{
    public static FeedbackListItem From(StoredFeedback f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.FeedbackId, f.CustomerId, new DateTime(f.UtcTicks, DateTimeKind.Utc), f.StepId, f.Activity, f.ScoreType, f.Score,
            f.Text, f.Source, f.Solicited, f.Language);
    }
}
