namespace Waymark.Server.Features.Explorer;

/// <summary>
/// How many matching items have each value (lower-case names). <see cref="Steps"/>: per step id of the named map
/// (null without a map); with only a period and segment these are the map's step counts. <see cref="Tags"/>: per tag id.
/// </summary>
public sealed record FeedbackFacetsDto(
    IReadOnlyDictionary<string, int> Sources,
    IReadOnlyDictionary<string, int> ScoreTypes,
    IReadOnlyDictionary<string, int> Bands,
    IReadOnlyDictionary<string, int> Sentiments,
    IReadOnlyDictionary<string, int> Emotions,
    IReadOnlyDictionary<string, int> Intents,
    int Solicited,
    int Unsolicited,
    IReadOnlyDictionary<string, int>? Steps,
    IReadOnlyDictionary<string, int> Tags);
