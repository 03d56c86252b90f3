namespace Waymark.Analytics.Feedback;

/// <summary>The lower-case names of score types and sources, as files, the API and the database write them.</summary>
public static class FeedbackNames
{
    public static readonly string[] ScoreTypes = ["nps", "csat", "ces", "rating"];

    public static readonly string[] Sources = ["survey", "review", "chat", "call", "social", "email", "other"];

    /// <summary>"nps", "csat", "ces", "rating", or null for <see cref="ScoreType.None"/>.</summary>
    public static string? Of(ScoreType type) => type == ScoreType.None ? null : ScoreTypes[(int)type - 1];

    public static string Of(FeedbackSource source) => Sources[(int)source];

    /// <summary>The score type a name stands for (case-insensitive), or null when unknown.</summary>
    public static ScoreType? ScoreTypeOf(string? name)
    {
        var at = Array.FindIndex(ScoreTypes, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return at < 0 ? null : (ScoreType)(at + 1);
    }

    /// <summary>The source a name stands for (case-insensitive), or null when unknown.</summary>
    public static FeedbackSource? SourceOf(string? name)
    {
        var at = Array.FindIndex(Sources, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return at < 0 ? null : (FeedbackSource)at;
    }
}
