namespace Waymark.Analytics.Feedback.Internals;

/// <summary>Feedback texts as evidence: up to a few, the most negative (or positive) first, each cut to a readable length.</summary>
internal static class Quotes
{
    public const int MaxQuotes = 3;

    /// <summary>Quotes longer than this are cut at a word and end with "…" (the full text stays in the feedback list).</summary>
    public const int MaxLength = 600;

    /// <param name="direction">-1: most negative first; +1: most positive first; 0: in the order given.</param>
    public static IReadOnlyList<FeedbackQuote> Pick(FeedbackSet set, IEnumerable<int> items, int direction, int count = MaxQuotes)
    {
        var withText = items.Where(set.HasText);
        if (direction != 0)
        {
            withText = Strongest(set, withText, direction, count * 8);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FeedbackQuote>();
        foreach (var i in withText)
        {
            if (result.Count == count)
            {
                break;
            }

            if (seen.Add(set.Items[i].Text!.Trim()))
            {
                result.Add(Of(set, i));
            }
        }

        return result;
    }

    /// <summary>
    /// The <paramref name="keep"/> items with the strongest sentiment in the direction (ties by id), strongest first,
    /// without sorting them all: quotes are picked from tens of thousands of items.
    /// </summary>
    private static List<int> Strongest(FeedbackSet set, IEnumerable<int> items, int direction, int keep)
    {
        var heap = new PriorityQueue<int, (double, string)>(keep + 1, Weakest.Instance);
        foreach (var i in items)
        {
            heap.Enqueue(i, (direction * set.Analyses[i].Sentiment, set.Items[i].Id));
            if (heap.Count > keep)
            {
                heap.Dequeue();
            }
        }

        var result = new List<int>(heap.Count);
        while (heap.TryDequeue(out var i, out _))
        {
            result.Add(i);
        }

        result.Reverse();
        return result;
    }

    public static FeedbackQuote Of(FeedbackSet set, int index)
    {
        var item = set.Items[index];
        return new FeedbackQuote(item.Id, Cut(item.Text!.Trim()), Math.Round(set.Analyses[index].Sentiment, 4),
            FeedbackNames.Of(item.Source), FeedbackNames.Of(item.ScoreType), item.Score, item.CustomerId);
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var end = text.LastIndexOf(' ', MaxLength - 1, 100);
        end = end < 0 ? MaxLength - 1 : end;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end).TrimEnd(), "…");
    }

    /// <summary>Orders so the weakest (lowest strength, then the larger id) leaves the heap first.</summary>
    private sealed class Weakest : IComparer<(double Strength, string Id)>
    {
        public static readonly Weakest Instance = new();

        public int Compare((double Strength, string Id) x, (double Strength, string Id) y)
        {
            var byStrength = x.Strength.CompareTo(y.Strength);
            return byStrength != 0 ? byStrength : string.CompareOrdinal(y.Id, x.Id);
        }
    }
}
