using Waymark.Analytics.Feedback.Import;

namespace Waymark.Cli.Commands;

/// <summary>Reads `--column field=name` options into the feedback reader's column mapping.</summary>
internal static class FeedbackColumnOption
{
    private const string Fields = "customer, time, text, score, scoreType, source, step, activity, solicited, language, id";

    public static (FeedbackColumns? Columns, string? Problem) Parse(IReadOnlyList<string> options)
    {
        var columns = new FeedbackColumns();
        foreach (var option in options)
        {
            var at = option.IndexOf('=', StringComparison.Ordinal);
            var (field, name) = at > 0 ? (option[..at].Trim().ToLowerInvariant(), option[(at + 1)..].Trim()) : ("", "");
            if (name.Length == 0)
            {
                return (null, $"--column '{option}': expected field=column, e.g. text=Comment");
            }

            columns = field switch
            {
                "customer" => columns with { Customer = name },
                "time" => columns with { Time = name },
                "text" => columns with { Text = name },
                "score" => columns with { Score = name },
                "scoretype" => columns with { ScoreType = name },
                "source" => columns with { Source = name },
                "step" => columns with { Step = name },
                "activity" => columns with { Activity = name },
                "solicited" => columns with { Solicited = name },
                "language" => columns with { Language = name },
                "id" => columns with { Id = name },
                _ => null,
            };
            if (columns is null)
            {
                return (null, $"--column '{option}': unknown field '{field}'; the fields are {Fields}");
            }
        }

        return (columns, null);
    }
}
