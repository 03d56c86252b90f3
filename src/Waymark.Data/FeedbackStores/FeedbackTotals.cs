namespace Waymark.Data.FeedbackStores;

/// <summary>A workspace's feedback counted: items, distinct customers, items with text, per source and score type
/// (lower-case names; items without a score count under "none"), and the first and last item's time.</summary>
public sealed record FeedbackTotals(
    long Items,
    long Customers,
    long WithText,
    IReadOnlyDictionary<string, long> BySource,
    IReadOnlyDictionary<string, long> ByScoreType,
    long? FirstTicks,
    long? LastTicks);
