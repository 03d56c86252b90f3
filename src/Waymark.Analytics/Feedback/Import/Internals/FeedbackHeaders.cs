using Waymark.Analytics.Import.Internals;

namespace Waymark.Analytics.Feedback.Import.Internals;

/// <summary>The header names recognised for each feedback field (case-insensitive), and the matching of a header.</summary>
internal static class FeedbackHeaders
{
    public const int Roles = 11;

    /// <summary>Per <see cref="FeedbackRole"/>, the names tried in order.</summary>
    public static readonly string[][] Known =
    [
        ["id", "feedback_id", "feedbackId", "response_id", "responseId"],
        ["customer_id", "customerId", "customer", "user_id", "userId", "user", "client_id", "account_id", "visitor_id"],
        ["time", "timestamp", "date", "datetime", "created_at", "createdAt", "submitted_at", "submittedAt", "ts"],
        ["text", "comment", "comments", "review", "message", "feedback", "verbatim", "body", "note", "notes"],
        ["score", "rating", "nps", "csat", "ces", "stars", "value"],
        ["score_type", "scoreType", "score type", "survey_type", "surveyType", "type"],
        ["source", "channel", "origin"],
        ["step", "step_id", "stepId"],
        ["activity", "event", "event_name"],
        ["solicited", "is_solicited"],
        ["language", "lang", "locale"],
    ];

    /// <summary>Index of each field's column in the header (-1: none), from the explicit names or the known ones.</summary>
    public static int[] Map(IReadOnlyList<string> header, FeedbackColumns? columns)
    {
        var map = new int[Roles];
        for (var role = 0; role < Roles; role++)
        {
            var explicitName = columns?[(FeedbackRole)role];
            map[role] = columns is { Exact: true } && explicitName is null ? -1 : ColumnNames.Find(header, explicitName, Known[role]);
        }

        return map;
    }

    /// <summary>Why the header cannot be read as feedback (an explicit column missing, no time, no text or score), or null.</summary>
    public static string? Problem(IReadOnlyList<string> header, int[] map, FeedbackColumns? columns)
    {
        for (var role = 0; role < Roles; role++)
        {
            if (columns?[(FeedbackRole)role] is { } wanted && map[role] < 0)
            {
                return $"no column '{wanted}' (given for {Name((FeedbackRole)role)}); the header has {string.Join(", ", header)}";
            }
        }

        if (map[(int)FeedbackRole.Time] < 0)
        {
            return $"no time column: expected one of {string.Join(", ", Known[(int)FeedbackRole.Time])}; the header has {string.Join(", ", header)}";
        }

        return map[(int)FeedbackRole.Text] < 0 && map[(int)FeedbackRole.Score] < 0
            ? $"no text or score column: expected one of {string.Join(", ", Known[(int)FeedbackRole.Text].Concat(Known[(int)FeedbackRole.Score]))}; the header has {string.Join(", ", header)}"
            : null;
    }

    /// <summary>The mapping found, as column names (for the preview).</summary>
    public static FeedbackColumns Names(IReadOnlyList<string> header, int[] map)
    {
        string? At(FeedbackRole role) => map[(int)role] >= 0 ? header[map[(int)role]] : null;
        return new FeedbackColumns
        {
            Id = At(FeedbackRole.Id), Customer = At(FeedbackRole.Customer), Time = At(FeedbackRole.Time), Text = At(FeedbackRole.Text),
            Score = At(FeedbackRole.Score), ScoreType = At(FeedbackRole.ScoreType), Source = At(FeedbackRole.Source),
            Step = At(FeedbackRole.Step), Activity = At(FeedbackRole.Activity), Solicited = At(FeedbackRole.Solicited),
            Language = At(FeedbackRole.Language),
        };
    }

    /// <summary>The field's name in messages ("customer", "score type", ...).</summary>
    public static string Name(FeedbackRole role) => role switch
    {
        FeedbackRole.ScoreType => "score type",
        _ => role.ToString().ToLowerInvariant(),
    };
}
