using Waymark.Analytics.Feedback.Search;

namespace Waymark.Analytics.Feedback.Search.Internals;

/// <summary>The explorer's orders, made once per snapshot as permutations of the item indexes.</summary>
internal static class ExplorerOrders
{
    /// <summary>Oldest first; the same time goes by store order.</summary>
    public static int[] ByTime(long[] ticks)
    {
        var order = new int[ticks.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        var keys = (long[])ticks.Clone();
        Array.Sort(keys, order); // introsort is not stable: ties are put back in store order below
        for (var s = 0; s < order.Length;)
        {
            var e = s + 1;
            while (e < order.Length && keys[e] == keys[s])
                e++;
            if (e - s > 1)
                Array.Sort(order, s, e - s);
            s = e;
        }
        return order;
    }

    /// <summary>
    /// The scored items by score as a share of its type's range (NPS 9 and CSAT 5 compare on one scale): High read
    /// backwards gives the highest first and, among equals, the newest; Low read forwards gives the lowest first,
    /// newest among equals.
    /// </summary>
    public static (int[] High, int[] Low) ByScore(IReadOnlyList<FeedbackItem> items, int[] byTime)
    {
        var rank = new int[byTime.Length];
        for (var r = 0; r < byTime.Length; r++)
            rank[byTime[r]] = r;
        var high = new List<(long, int)>();
        var low = new List<(long, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Bands.ScoreOf(items[i]) == ScoreBand.None)
                continue;
            var (min, max) = FeedbackRules.Range(items[i].ScoreType);
            var q = (long)Math.Round(Math.Clamp((items[i].Score!.Value - min) / (max - min), 0, 1) * 1_000_000);
            high.Add(((q << 32) | (uint)rank[i], i));
            low.Add(((q << 32) | (uint)(byTime.Length - 1 - rank[i]), i));
        }
        return (Sorted(high), Sorted(low));
    }

    public static IEnumerable<int> Backwards(int[] order)
    {
        for (var k = order.Length - 1; k >= 0; k--)
            yield return order[k];
    }

    private static int[] Sorted(List<(long Key, int Item)> entries)
    {
        var keys = entries.Select(e => e.Key).ToArray();
        var items = entries.Select(e => e.Item).ToArray();
        Array.Sort(keys, items);
        return items;
    }
}
