using System.Globalization;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Search;
using Waymark.Analytics.Text;
using Waymark.Core.FileFormat;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.MapFeedback;

namespace Waymark.Server.Features.Explorer;

/// <summary>Reads an <see cref="ExplorerQuery"/>; every problem names its parameter (the JSON path of a 400).</summary>
internal static class ExplorerQueryReader
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    private const int MaxValues = 50;

    private static readonly string[] s_scoreTypes = ["none", .. FeedbackNames.ScoreTypes];
    private static readonly string[] s_bands = ["none", "low", "middle", "high"];
    private static readonly string[] s_sentiments = ["none", "negative", "neutral", "positive"];
    private static readonly string[] s_emotions = ["joy", "trust", "anger", "fear", "sadness", "surprise"];
    private static readonly string[] s_intents = ["cancel", "switch", "refund", "complaint", "praise", "question"];
    private static readonly string[] s_sorts = ["newest", "oldest", "score-high", "score-low"];

    public static (ExplorerRequest? Request, List<MapProblem> Problems) Read(ExplorerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, to, problems) = TimeRangeQuery.Parse(query.From, query.To);
        var filter = new FeedbackFilter
        {
            Query = SearchQuery.Parse(query.Q),
            Sources = Set(query.Source, "source", FeedbackNames.Sources, i => (FeedbackSource)i, problems),
            ScoreTypes = Set(query.ScoreType, "scoreType", s_scoreTypes, i => (ScoreType)i, problems),
            Bands = Set(query.Band, "band", s_bands, i => (ScoreBand)i, problems),
            Sentiments = Set(query.Sentiment, "sentiment", s_sentiments, i => (SentimentBand)i, problems),
            Emotions = Set(query.Emotion, "emotion", s_emotions, i => (Emotion)i, problems),
            Intents = Set(query.Intent, "intent", s_intents, i => (Intents)(1 << i), problems)?.Aggregate(Intents.None, (a, b) => a | b) ?? Intents.None,
            Solicited = Bool(query.Solicited, problems),
            FromTicks = from?.UtcTicks,
            ToTicks = to?.UtcTicks,
            Topics = Texts(query.Topic, "topic", problems),
        };
        var steps = Texts(query.Step, "step", problems) ?? [];
        if (steps.Count > 0 && string.IsNullOrWhiteSpace(query.Map))
            problems.Add(new MapProblem("map", "step needs map: the map whose placement puts items on its steps"));
        var sort = Array.IndexOf(s_sorts, query.Sort ?? "newest");
        if (sort < 0)
            problems.Add(new MapProblem("sort", $"\"{query.Sort}\" is not one of {string.Join(", ", s_sorts)}"));
        var offset = Number(query.Offset, "offset", 0, 0, int.MaxValue, problems);
        var limit = Number(query.Limit, "limit", DefaultLimit, 1, MaxLimit, problems);
        var window = Number(query.Window, "window", (int)FeedbackOptions.DefaultWindow.TotalHours, 1, FeedbackQuery.MaxWindowHours, problems);
        if (problems.Count > 0)
            return (null, problems);
        return (new ExplorerRequest(filter, from, to, Blank(query.Map), steps, Blank(query.Segment), Texts(query.Tag, "tag", problems) ?? [],
            window, (ExplorerSort)sort, offset, limit), problems);
    }

    private static HashSet<T>? Set<T>(string[]? values, string name, string[] names, Func<int, T> of, List<MapProblem> problems)
    {
        if (Texts(values, name, problems) is not { Count: > 0 } given)
            return null;
        var set = new HashSet<T>();
        foreach (var v in given)
        {
            var at = Array.FindIndex(names, n => string.Equals(n, v.Trim(), StringComparison.OrdinalIgnoreCase));
            if (at < 0)
                problems.Add(new MapProblem(name, $"\"{v}\" is not one of {string.Join(", ", names)}"));
            else
                set.Add(of(at));
        }
        return set;
    }

    /// <summary>The non-blank values, comma-separated ones split ("source=chat,email" as "source=chat&amp;source=email").</summary>
    private static List<string>? Texts(string[]? values, string name, List<MapProblem> problems)
    {
        if (values is null)
            return null;
        var split = name is "topic" or "step" or "tag" ? values : values.SelectMany(v => v.Split(',')).ToArray();
        var list = split.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > MaxValues)
            problems.Add(new MapProblem(name, $"at most {MaxValues} values"));
        return list;
    }

    private static bool? Bool(string? text, List<MapProblem> problems) => string.IsNullOrWhiteSpace(text) ? null
        : bool.TryParse(text.Trim(), out var b) ? b
        : Problem<bool?>(problems, "solicited", $"\"{text}\" is not true or false");

    private static int Number(string? text, string name, int fallback, int min, int max, List<MapProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
            return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
            : Problem<int>(problems, name, string.Create(CultureInfo.InvariantCulture, $"\"{text}\" is not a whole number from {min} to {max}"));
    }

    private static T? Problem<T>(List<MapProblem> problems, string path, string message)
    {
        problems.Add(new MapProblem(path, message));
        return default;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
