namespace Waymark.Server.Features.Explorer;

/// <summary>
/// Which items to tag or untag: <see cref="Ids"/> (stable item ids, at most 10,000), or <see cref="Filter"/>, the
/// explorer's query string ("q=refund&amp;source=chat"): every item it matches, at most 50,000. One of the two.
/// </summary>
public sealed record TagItemsRequest(IReadOnlyList<string>? Ids, string? Filter);
