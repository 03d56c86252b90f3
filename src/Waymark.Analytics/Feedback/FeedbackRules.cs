using System.Globalization;

namespace Waymark.Analytics.Feedback;

/// <summary>
/// What feedback may hold, checked the same way by every way in (ingestion, uploads, the CLI): scores within their
/// type's range, texts of at most <see cref="MaxTextLength"/> characters after trimming, no NUL characters (no
/// database stores them in text), names (customer id, step, activity) of at most <see cref="MaxNameLength"/>.
/// </summary>
public static class FeedbackRules
{
    public const int MaxTextLength = 20_000;

    /// <summary>The event store's limit for names, so feedback and events share customer ids and activities.</summary>
    public const int MaxNameLength = 200;

    public const int MaxLanguageLength = 35;

    /// <summary>The range of a score type, for messages and checks.</summary>
    public static (double Min, double Max) Range(ScoreType type) => type switch
    {
        ScoreType.Nps => (0, 10),
        ScoreType.Ces => (1, 7),
        _ => (1, 5),
    };

    /// <summary>Why <paramref name="score"/> is not a valid score of <paramref name="type"/>, or null.</summary>
    public static string? ScoreProblem(ScoreType type, double score)
    {
        var (min, max) = Range(type);
        var name = FeedbackNames.Of(type)!.ToUpperInvariant();
        if (double.IsNaN(score) || score < min || score > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Show(score)} is out of range for {name} ({min}-{max})");
        }

        return type == ScoreType.Nps && score != Math.Floor(score)
            ? string.Create(CultureInfo.InvariantCulture, $"{Show(score)} is not a whole number: NPS answers are 0, 1, ... 10")
            : null;
    }

    /// <summary>Why a (trimmed) text cannot be stored, or null.</summary>
    public static string? TextProblem(string text) =>
        text.Contains('\0', StringComparison.Ordinal) ? "contains a NUL character (\\u0000), which no database stores as text"
        : text.Length > MaxTextLength ? string.Create(CultureInfo.InvariantCulture, $"is {text.Length:N0} characters long; feedback text may have at most {MaxTextLength:N0}")
        : null;

    /// <summary>Why a name (customer id, step id, activity, language) cannot be stored, or null.</summary>
    public static string? NameProblem(string value, int maxLength = MaxNameLength) =>
        value.Contains('\0', StringComparison.Ordinal) ? "contains a NUL character (\\u0000), which no database stores as text"
        : value.Length > maxLength ? string.Create(CultureInfo.InvariantCulture, $"is longer than {maxLength} characters")
        : null;

    private static string Show(double score) => score.ToString("0.##", CultureInfo.InvariantCulture);
}
