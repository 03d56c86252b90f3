using Waymark.Core.Maps;

namespace Waymark.Browser.Tests;

/// <summary>
/// A small map the acceptance tests create fresh for each test (so tests never share state): two stages of two
/// steps and one lane of each widget the tests drive (text, emotion curve, pain points, ideas).
/// </summary>
internal static class AcceptanceMap
{
    public const string Discover = "stg-discover";
    public const string Buy = "stg-buy";
    public const string Search = "stp-search";
    public const string Compare = "stp-compare";
    public const string Checkout = "stp-checkout";
    public const string Pay = "stp-pay";

    public const string Actions = "lane-actions";
    public const string Emotions = "lane-emotions";
    public const string Pains = "lane-pains";
    public const string Ideas = "lane-ideas";

    public const string SearchText = "Types what they need into a search engine";
    public const string IdeaText = "Show delivery dates before checkout";
    public const int IdeaVotes = 2;

    /// <summary>The emotion score at each step, on the default -2..+2 scale.</summary>
    public static readonly IReadOnlyDictionary<string, int> Scores = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [Search] = 0,
        [Compare] = -1,
        [Checkout] = 1,
        [Pay] = 0,
    };

    public static JourneyMap Create(string name) => new()
    {
        Name = name,
        Kind = MapKind.CurrentState,
        Stages =
        [
            new Stage { Id = Discover, Name = "Discover", Steps = [Step(Search, "Searches"), Step(Compare, "Compares offers")] },
            new Stage { Id = Buy, Name = "Buy", Steps = [Step(Checkout, "Checks out"), Step(Pay, "Pays")] },
        ],
        Lanes =
        [
            new Lane
            {
                Id = Actions,
                Kind = LaneKind.Actions,
                Title = "Customer actions",
                Cells = { [Search] = new Cell { Text = SearchText } },
            },
            new Lane
            {
                Id = Emotions,
                Kind = LaneKind.EmotionCurve,
                Title = "Emotion",
                Cells = Scores.ToDictionary(
                    s => s.Key, s => new Cell { Emotions = [new EmotionPoint { Score = s.Value }] }, StringComparer.Ordinal),
            },
            new Lane { Id = Pains, Kind = LaneKind.PainPoints, Title = "Pain points" },
            new Lane
            {
                Id = Ideas,
                Kind = LaneKind.Ideas,
                Title = "Ideas",
                Cells = { [Compare] = new Cell { Ideas = [new Idea { Id = "idea-dates", Text = IdeaText, Votes = IdeaVotes }] } },
            },
        ],
    };

    /// <summary>The stage that holds <paramref name="stepId"/> in a stored map, or null.</summary>
    public static Stage? StageOf(JourneyMap map, string stepId) =>
        map.Stages.FirstOrDefault(s => s.Steps.Exists(t => t.Id == stepId));

    public static Lane Lane(JourneyMap map, string laneId) => map.Lanes.Single(l => l.Id == laneId);

    public static Cell? CellOf(JourneyMap map, string laneId, string stepId) =>
        Lane(map, laneId).Cells.GetValueOrDefault(stepId);

    private static Step Step(string id, string name) => new() { Id = id, Name = name };
}
