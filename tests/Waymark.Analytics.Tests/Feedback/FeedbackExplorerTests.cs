using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Search;

namespace Waymark.Analytics.Tests.Feedback;

/// <summary>The explorer's search, filters, orders and highlights over a small snapshot.</summary>
public sealed class FeedbackExplorerTests
{
    private static readonly FeedbackSnapshot Snapshot = FeedbackSnapshot.Empty.Extend(
    [
        Item(0, "The CSV import kept failing, I want a refund", FeedbackSource.Chat, ScoreType.Nps, 2),
        Item(1, "Great café, the checklist helped so much", FeedbackSource.Review, ScoreType.Csat, 5),
        Item(2, null, FeedbackSource.Survey, ScoreType.Nps, 9),
        Item(3, "Refunds took weeks. Import failing again", FeedbackSource.Email, ScoreType.None, null, solicited: false),
        Item(4, "failing import of my CSV file", FeedbackSource.Chat, ScoreType.Rating, 3),
    ]);

    [Fact]
    public void Run_Word_MatchesWholeWordsAndWordsItStarts()
    {
        var result = Run("refund");

        Assert.Equal([3, 0], result.Page); // newest first
    }

    [Fact]
    public void Run_Phrase_MatchesWordsInARowOnly()
    {
        Assert.Equal([0], Run("\"import kept failing\"").Page);
        Assert.Equal([3], Run("\"import failing\"").Page);
        Assert.Equal([4, 0], Run("csv import").Page);
        Assert.Empty(Run("\"failing import kept\"").Page);
    }

    [Fact]
    public void Run_AccentsAndCase_DoNotMatter()
    {
        Assert.Equal([1], Run("CAFE").Page);
        Assert.Equal([1], Run("café").Page);
    }

    [Fact]
    public void Run_Filters_AllMustHold()
    {
        var explorer = Snapshot.Explorer;

        var chats = explorer.Run(new FeedbackFilter { Sources = new HashSet<FeedbackSource> { FeedbackSource.Chat } });
        var low = explorer.Run(new FeedbackFilter { Bands = new HashSet<ScoreBand> { ScoreBand.Low } });
        var unsolicitedImport = explorer.Run(new FeedbackFilter { Query = SearchQuery.Parse("import"), Solicited = false });

        Assert.Equal([4, 0], chats.Page);
        Assert.Equal([0], low.Page);
        Assert.Equal([3], unsolicitedImport.Page);
        Assert.Equal(2, chats.Facets.Sources["chat"]);
        Assert.Equal(5, explorer.Run(new FeedbackFilter()).Total);
    }

    [Fact]
    public void Run_Sorts_AndPages()
    {
        var explorer = Snapshot.Explorer;

        Assert.Equal([0, 1, 2, 3, 4], explorer.Run(new FeedbackFilter(), ExplorerSort.Oldest).Page);
        Assert.Equal([1, 2, 4, 0, 3], explorer.Run(new FeedbackFilter(), ExplorerSort.ScoreHigh).Page);
        Assert.Equal([0, 4, 2, 1, 3], explorer.Run(new FeedbackFilter(), ExplorerSort.ScoreLow).Page);
        var second = explorer.Run(new FeedbackFilter(), ExplorerSort.Newest, offset: 2, limit: 2);
        Assert.Equal(5, second.Total);
        Assert.Equal([2, 1], second.Page);
    }

    [Fact]
    public void Highlights_MarkWordsAndPhrasesAsRanges()
    {
        var text = "Refunds took weeks. Import failing again";

        var ranges = SearchHighlights.Of(text, SearchQuery.Parse("refund \"import failing\""));

        Assert.Equal([new TextRange(0, 7), new TextRange(20, 14)], ranges);
        Assert.Equal("Import failing", text.Substring(20, 14));
    }

    private static ExplorerResult Run(string query) => Snapshot.Explorer.Run(new FeedbackFilter { Query = SearchQuery.Parse(query) });

    private static FeedbackItem Item(int i, string? text, FeedbackSource source, ScoreType type, double? score, bool solicited = true) =>
        new($"f{i}", $"c{i}", new DateTime(2026, 1, 1 + i, 0, 0, 0, DateTimeKind.Utc).Ticks, null, null, type, score, text, source, solicited, null, null);
}
