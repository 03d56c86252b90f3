namespace Waymark.Analytics.Feedback;

/// <summary>
/// A key phrase of a step's texts: how many texts hold it, its score against the rest of the corpus, example quotes,
/// and what it is shown as (the workspace's label for it, else the phrase). The phrase names the topic in links and
/// curation.
/// </summary>
public sealed record TopicFigures(string Phrase, int Count, double Score, IReadOnlyList<FeedbackQuote> Quotes, string Label);
