namespace Waymark.Bench.Explore;

/// <summary>
/// One Explore request timed through the API, and the DuckDB query (bench/peers/duckdb/explore.mjs) that computes
/// the same figures on the same events (null: no peer). <see cref="Body"/> is JSON for a POST, null for a GET.
/// </summary>
internal sealed record ExploreCase(string Name, string Path, string? Body, string? Peer, string PeerSays);
