using System.Globalization;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Internals;
using Waymark.Analytics.Overlay;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Insights.Internals;

/// <summary>Everything the finders share: the placed feedback, its figures, the overlay, step names and the outcome.</summary>
internal sealed class InsightContext(FeedbackSet set, FeedbackFigures figures, OverlayFigures? overlay, TopicIndex topics, int outcomeStep)
{
    private static readonly char[] NotWord = [' ', '\t', '\n', '\r', '\'', '\u2019', '-', '.', ',', ';', ':', '!', '?', '"', '(', ')', '/'];

    private readonly Dictionary<string, string> _names = set.Map.AllSteps().GroupBy(s => s.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    private readonly Dictionary<string, int> _topics = new(StringComparer.Ordinal);

    public FeedbackSet Set { get; } = set;

    public FeedbackFigures Figures { get; } = figures;

    public OverlayFigures? Overlay { get; } = overlay;

    public TopicIndex Topics { get; } = topics;

    /// <summary>The outcome step (map order) or -1 when the map has none bound.</summary>
    public int OutcomeStep { get; } = outcomeStep;

    public string? OutcomeName => OutcomeStep < 0 ? null : Name(Set.StepIds[OutcomeStep]);

    public EmotionScale Scale => Set.Map.EmotionScale;

    public double Span => EmotionScaleMapping.Span(Scale);

    public string Name(string stepId) => _names.TryGetValue(stepId, out var name) && !string.IsNullOrWhiteSpace(name) ? name.Trim() : stepId;

    public int StepIndex(string stepId)
    {
        for (var i = 0; i < Set.StepIds.Count; i++)
        {
            if (string.Equals(Set.StepIds[i], stepId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the item mentions the topic: through the topic index when it knows the topic (a merged topic: any of its
    /// phrases; a hidden one: never), else the text as whole words (<see cref="TopicIndex.Mentions"/>), after a cheap
    /// check that each of the phrase's words occurs in it at all: most texts are rejected without being split.
    /// </summary>
    public bool Mentions(int item, string phrase)
    {
        var topic = TopicOf(phrase);
        if (topic >= 0)
        {
            return Topics.Holds(item, topic);
        }

        var text = Set.Items[item].Text;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var word in phrase.Split(NotWord, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return TopicIndex.Mentions(text, phrase);
    }

    /// <summary>The index's topic for a phrase or label (looked up once per phrase), -1 when it has none.</summary>
    public int TopicOf(string phrase)
    {
        if (!_topics.TryGetValue(phrase, out var topic))
        {
            topic = Topics.Find(phrase);
            _topics[phrase] = topic;
        }

        return topic;
    }

    public int PolarityOf(int item) => Polarity.Of(Set.Items[item], Set.Analyses[item]);

    /// <summary>
    /// Distinct customers behind these items and these log customers; an item without a customer id counts as one
    /// customer.
    /// </summary>
    public long People(IEnumerable<int> items, IEnumerable<int>? logCustomers = null)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var customer in logCustomers ?? [])
        {
            ids.Add(Set.Log.Customers[customer]);
        }

        var anonymous = 0L;
        foreach (var i in items)
        {
            if (Set.Items[i].CustomerId is { Length: > 0 } id)
            {
                ids.Add(id);
            }
            else
            {
                anonymous++;
            }
        }

        return ids.Count + anonymous;
    }

    /// <summary>Whether a log customer counts for outcomes (in scope of the time range and segment).</summary>
    public bool InScope(int customer) => customer >= 0 && Set.Facts?.InScope(customer) == true;

    public bool Reached(int customer) => Set.Facts?.ReachedOutcome(customer) == true;

    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Points(double difference) => (difference * 100).ToString("0", CultureInfo.InvariantCulture);

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);
}
