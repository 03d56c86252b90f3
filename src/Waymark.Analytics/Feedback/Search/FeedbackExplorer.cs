using Waymark.Analytics.Feedback.Search.Internals;
using Waymark.Analytics.Text;

namespace Waymark.Analytics.Feedback.Search;

/// <summary>
/// The explorer over one feedback snapshot: full-text search (<see cref="Text"/>), filters, orders and facets.
/// Built once per snapshot (the snapshot makes it on first use) and immutable, so requests share it. A request is
/// one pass over the items in the chosen order that tests a few bytes per item and counts as it goes.
/// </summary>
public sealed class FeedbackExplorer
{
    private readonly ItemColumns _columns;
    private readonly Dictionary<string, int> _ids;
    private readonly int[] _byTime;
    private readonly Lazy<(int[] High, int[] Low)> _byScore;

    private FeedbackExplorer(IReadOnlyList<FeedbackItem> items, IReadOnlyList<TextAnalysis> analyses)
    {
        Text = FeedbackSearchIndex.Build(items);
        _columns = new ItemColumns(items, analyses);
        _ids = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
            _ids.TryAdd(items[i].Id, i);
        _byTime = ExplorerOrders.ByTime(_columns.Ticks);
        _byScore = new(() => ExplorerOrders.ByScore(items, _byTime));
    }

    public FeedbackSearchIndex Text { get; }

    public int Count => _byTime.Length;

    public static FeedbackExplorer Build(IReadOnlyList<FeedbackItem> items, IReadOnlyList<TextAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(analyses);
        return new FeedbackExplorer(items, analyses);
    }

    /// <summary>The index of the item with this id, or -1.</summary>
    public int IndexOf(string id) => _ids.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The items that match, counted, with the page [offset, offset + limit) in the order asked.</summary>
    public ExplorerResult Run(FeedbackFilter filter, ExplorerSort sort = ExplorerSort.Newest, int offset = 0, int limit = 50)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var candidates = Candidates(filter);
        var test = new ItemTest(_columns, filter);
        var counter = new FacetCounter();
        var matched = new ItemSet(Count);
        var page = new List<int>(Math.Min(limit, 500));
        var total = 0;
        foreach (var i in Order(sort))
        {
            if ((candidates is not null && !candidates.Contains(i)) || !test.Passes(i))
                continue;
            matched.Add(i);
            counter.Add(_columns, i);
            if (total >= offset && page.Count < limit)
                page.Add(i);
            total++;
        }
        return new ExplorerResult(total, page, matched, counter.Facets());
    }

    private ItemSet? Candidates(FeedbackFilter filter)
    {
        var set = Text.Match(filter.Query);
        if (filter.Topics is { Count: > 0 } topics)
            set = Both(set, Text.MatchAny(topics));
        return filter.Within is { } within ? Both(set, within) : set;
    }

    private static ItemSet Both(ItemSet? a, ItemSet b)
    {
        if (a is null)
            return b;
        a.IntersectWith(b);
        return a;
    }

    private IEnumerable<int> Order(ExplorerSort sort)
    {
        switch (sort)
        {
            case ExplorerSort.Oldest:
                return _byTime;
            case ExplorerSort.ScoreHigh:
                return ExplorerOrders.Backwards(_byScore.Value.High).Concat(Unscored());
            case ExplorerSort.ScoreLow:
                return _byScore.Value.Low.Concat(Unscored());
            default:
                return ExplorerOrders.Backwards(_byTime);
        }
    }

    private IEnumerable<int> Unscored() => ExplorerOrders.Backwards(_byTime).Where(i => _columns.Band[i] == (byte)ScoreBand.None);
}
