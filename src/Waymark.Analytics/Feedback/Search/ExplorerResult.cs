namespace Waymark.Analytics.Feedback.Search;

/// <summary>One page of the explorer: how many items match, the page's item indexes in order, the matching set (for counts the caller adds) and the facets.</summary>
public sealed record ExplorerResult(int Total, IReadOnlyList<int> Page, ItemSet Matched, ExplorerFacets Facets);
