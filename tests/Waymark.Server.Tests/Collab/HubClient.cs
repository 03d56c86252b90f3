using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Waymark.Server.Tests.Collab;

/// <summary>A hub connection that keeps every Applied op and Presence list it receives, and waits for them.</summary>
public sealed class HubClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly List<JsonElement> _applied = [];
    private readonly List<JsonElement> _presence = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public HubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<string, JsonElement>("Applied", (_, ops) => Add(_applied, ops.EnumerateArray()));
        connection.On<string, JsonElement>("Presence", (_, people) => Add(_presence, [people]));
    }

    public HubConnection Connection { get; }

    public Task<JsonElement> JoinAsync(string mapId, long? sinceSeq = null) =>
        Connection.InvokeAsync<JsonElement>("Join", CollabHost.Workspace, mapId, sinceSeq);

    /// <summary>Sends ops and returns their results.</summary>
    public async Task<JsonElement[]> SendAsync(string mapId, params object[] ops)
    {
        var response = await Connection.InvokeAsync<JsonElement>("Send", CollabHost.Workspace, mapId, ops);
        return response.GetProperty("results").EnumerateArray().ToArray();
    }

    /// <summary>The Applied op with this id, once it arrives.</summary>
    public Task<JsonElement> AppliedAsync(string opId) =>
        WaitAsync(() => Find(_applied, o => o.GetProperty("id").GetString() == opId));

    /// <summary>The first Applied op that passes the test, once it arrives.</summary>
    public Task<JsonElement> AppliedAsync(Func<JsonElement, bool> test) => WaitAsync(() => Find(_applied, test));

    /// <summary>The latest Presence list, once one holds <paramref name="count"/> people.</summary>
    public Task<JsonElement> PresenceAsync(int count) =>
        WaitAsync(() => Find(_presence, p => p.GetArrayLength() == count, last: true));

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _arrived.Dispose();
    }

    private void Add(List<JsonElement> list, IEnumerable<JsonElement> items)
    {
        lock (list)
        {
            list.AddRange(items.Select(i => i.Clone()));
        }

        _arrived.Release();
    }

    private static JsonElement? Find(List<JsonElement> list, Func<JsonElement, bool> test, bool last = false)
    {
        lock (list)
        {
            var found = last ? list.LastOrDefault(test) : list.FirstOrDefault(test);
            return found.ValueKind == JsonValueKind.Undefined ? null : found;
        }
    }

    private async Task<JsonElement> WaitAsync(Func<JsonElement?> find)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            if (find() is { } found)
            {
                return found;
            }

            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                throw new TimeoutException("The hub did not send what the test waited for.");
            }
        }
    }
}
