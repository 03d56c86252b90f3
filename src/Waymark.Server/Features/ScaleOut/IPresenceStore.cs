namespace Waymark.Server.Features.ScaleOut;

/// <summary>
/// Who is on a map right now, across every server: one entry per connection, held as the JSON the hub sends
/// (the store does not read it). Every change returns the map's whole list, as the Presence event carries it.
/// </summary>
public interface IPresenceStore
{
    /// <summary>Adds or replaces a connection's entry; returns the map's entries.</summary>
    public Task<IReadOnlyList<string>> SetAsync(string mapKey, string connectionId, string entryJson);

    /// <summary>Drops a connection's entry (leave, disconnect); returns the map's entries left.</summary>
    public Task<IReadOnlyList<string>> RemoveAsync(string mapKey, string connectionId);

    /// <summary>The map's entries (entries of servers that stopped renewing them are dropped first).</summary>
    public Task<IReadOnlyList<string>> ListAsync(string mapKey);

    /// <summary>
    /// Renews this server's entries and drops other servers' lapsed ones; returns the maps whose list lost an entry
    /// so the hub can tell their groups. Called by <see cref="PresenceRenewal"/>.
    /// </summary>
    public Task<IReadOnlyList<string>> RenewAsync();
}
