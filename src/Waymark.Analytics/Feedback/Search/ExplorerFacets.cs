namespace Waymark.Analytics.Feedback.Search;

/// <summary>
/// How many of the matching items have each value, per condition (names as the API writes them: lower case). An
/// item counts once per emotion and intent it holds, so those do not sum to the total.
/// </summary>
public sealed record ExplorerFacets(
    IReadOnlyDictionary<string, int> Sources,
    IReadOnlyDictionary<string, int> ScoreTypes,
    IReadOnlyDictionary<string, int> Bands,
    IReadOnlyDictionary<string, int> Sentiments,
    IReadOnlyDictionary<string, int> Emotions,
    IReadOnlyDictionary<string, int> Intents,
    int Solicited,
    int Unsolicited);
