using System.Globalization;
using Waymark.Analytics.Import.Internals;

namespace Waymark.Analytics.Feedback.Import.Internals;

/// <summary>
/// Turns one row's field values (trimmed text per <see cref="FeedbackRole"/>, null when absent or empty) into a
/// <see cref="FeedbackItem"/>, or says which field is wrong and why. CSV, NDJSON and the ingestion API share it.
/// </summary>
internal static class FeedbackFields
{
    /// <summary>The item, or the field to blame and the reason.</summary>
    /// <param name="scoreHeader">The score column's name: "nps", "csat", "ces" or "rating" there gives the type.</param>
    public static (FeedbackItem? Item, FeedbackRole Role, string? Problem) Read(string?[] v, string? scoreHeader, string? properties, in FeedbackReadOptions options)
    {
        foreach (var named in (ReadOnlySpan<FeedbackRole>)[FeedbackRole.Id, FeedbackRole.Customer, FeedbackRole.Step, FeedbackRole.Activity])
        {
            if (v[(int)named] is { } name && FeedbackRules.NameProblem(name) is { } nameProblem)
            {
                return Fail(named, "the " + FeedbackHeaders.Name(named) + " " + nameProblem);
            }
        }

        if (v[(int)FeedbackRole.Language] is { } language && FeedbackRules.NameProblem(language, FeedbackRules.MaxLanguageLength) is { } languageProblem)
        {
            return Fail(FeedbackRole.Language, "the language " + languageProblem);
        }

        var time = v[(int)FeedbackRole.Time];
        if (time is null)
        {
            return Fail(FeedbackRole.Time, "the time is empty");
        }

        if (!TimestampParser.TryParse(time, options.DefaultTimeZone ?? TimeZoneInfo.Utc, out var ticks))
        {
            return Fail(FeedbackRole.Time, $"cannot read '{Clip(time)}' as a time (expected ISO 8601 such as 2026-11-27T14:05:00Z, yyyy-MM-dd HH:mm:ss, or Unix seconds)");
        }

        var text = v[(int)FeedbackRole.Text];
        if (text is not null && FeedbackRules.TextProblem(text) is { } textProblem)
        {
            return Fail(FeedbackRole.Text, "the text " + textProblem);
        }

        var (type, score, role, scoreProblem) = Score(v, scoreHeader, options.DefaultScoreType);
        if (scoreProblem is not null)
        {
            return Fail(role, scoreProblem);
        }

        if (score is null && text is null)
        {
            return Fail(FeedbackRole.Text, "the row has neither a text nor a score");
        }

        var source = FeedbackSource.Other;
        if (v[(int)FeedbackRole.Source] is { } sourceName)
        {
            if (FeedbackNames.SourceOf(sourceName) is not { } known)
            {
                return Fail(FeedbackRole.Source, $"unknown source '{Clip(sourceName)}': use one of {string.Join(", ", FeedbackNames.Sources)}");
            }

            source = known;
        }
        else if (score is not null)
        {
            source = FeedbackSource.Survey; // a score without a source is a survey answer
        }

        var solicited = source == FeedbackSource.Survey;
        if (v[(int)FeedbackRole.Solicited] is { } flag)
        {
            if (Flag(flag) is not { } given)
            {
                return Fail(FeedbackRole.Solicited, $"cannot read '{Clip(flag)}' as solicited: use true or false (yes/no, 1/0)");
            }

            solicited = given;
        }

        var item = new FeedbackItem(v[(int)FeedbackRole.Id] ?? "", v[(int)FeedbackRole.Customer], ticks, v[(int)FeedbackRole.Step],
            v[(int)FeedbackRole.Activity], type, score, text, source, solicited, v[(int)FeedbackRole.Language], properties);
        return (item, default, null);
    }

    private static (ScoreType Type, double? Score, FeedbackRole Role, string? Problem) Score(string?[] v, string? scoreHeader, ScoreType fallback)
    {
        var typeName = v[(int)FeedbackRole.ScoreType];
        var type = ScoreType.None;
        if (typeName is not null)
        {
            if (FeedbackNames.ScoreTypeOf(typeName) is not { } known)
            {
                return (default, null, FeedbackRole.ScoreType, $"unknown score type '{Clip(typeName)}': use one of {string.Join(", ", FeedbackNames.ScoreTypes)}");
            }

            type = known;
        }

        if (v[(int)FeedbackRole.Score] is not { } text)
        {
            return (ScoreType.None, null, default, null); // a type without a score says nothing
        }

        if (type == ScoreType.None)
        {
            type = FeedbackNames.ScoreTypeOf(scoreHeader) ?? (string.Equals(scoreHeader, "stars", StringComparison.OrdinalIgnoreCase) ? ScoreType.Rating : fallback);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
        {
            return (default, null, FeedbackRole.Score, $"cannot read '{Clip(text)}' as a score (a number such as 9 or 4.5)");
        }

        if (type == ScoreType.None)
        {
            return (default, null, FeedbackRole.ScoreType, $"the score {Clip(text)} has no score type: add a score type ({string.Join(", ", FeedbackNames.ScoreTypes)}) or name the score column after it");
        }

        return FeedbackRules.ScoreProblem(type, score) is { } problem
            ? (default, null, FeedbackRole.Score, "the score " + problem)
            : (type, score, default, null);
    }

    private static bool? Flag(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" => true,
        "false" or "no" or "n" or "0" => false,
        _ => null,
    };

    private static (FeedbackItem?, FeedbackRole, string?) Fail(FeedbackRole role, string problem) => (null, role, problem);

    private static string Clip(string text) => Core.Text.Utf16Text.Clip(text, 43);
}
