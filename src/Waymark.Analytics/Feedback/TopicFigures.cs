namespace Waymark.Analytics.Feedback;

/// <summary>A key phrase of a step's texts: how many texts hold it, its score against the rest of the corpus, example quotes.</summary>
public sealed record TopicFigures(string Phrase, int Count, double Score, IReadOnlyList<FeedbackQuote> Quotes);
