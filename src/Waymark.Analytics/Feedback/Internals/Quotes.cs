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
            withText = withText.OrderBy(i => direction * -set.Analyses[i].Sentiment).ThenBy(i => set.Items[i].Id, StringComparer.Ordinal);
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
}
