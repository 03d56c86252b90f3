namespace Waymark.Pushdown.Internals;

/// <summary>
/// An answer named an activity the analysis's <see cref="ActivityIds"/> did not hold: one was stored between reading
/// the ids and the query. <see cref="ActivityIds.WithRetryAsync{T}"/> reads them again and asks again.
/// </summary>
internal sealed class SourceChangedException() : InvalidOperationException("An activity was stored while the analysis read the source; ask again.");
