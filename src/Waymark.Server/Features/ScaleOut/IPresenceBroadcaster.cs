namespace Waymark.Server.Features.ScaleOut;

/// <summary>Sends a map's presence list to its group; the hub registers it so lapsed entries reach every client.</summary>
public interface IPresenceBroadcaster
{
    public Task BroadcastAsync(string mapKey, IReadOnlyList<string> entries);
}
