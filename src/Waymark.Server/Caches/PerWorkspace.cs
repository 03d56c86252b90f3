using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Waymark.Server.Caches;

/// <summary>
/// One entry per workspace, made on first use, and a gate so that one request at a time brings a workspace's entry
/// up to date while others wait (requests of other workspaces do not).
/// </summary>
internal sealed class PerWorkspace<TEntry>
    where TEntry : new()
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="use"/> on the workspace's entry while holding its gate.</summary>
    public async Task<TResult> UseAsync<TResult>(string workspaceId, Func<TEntry, Task<TResult>> use, CancellationToken ct)
    {
        var slot = _slots.GetOrAdd(workspaceId, static _ => new Slot());
        await slot.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await use(slot.Entry).ConfigureAwait(false);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>The workspace's entry if it has one, without waiting for its gate.</summary>
    public bool TryGet(string workspaceId, [MaybeNullWhen(false)] out TEntry entry)
    {
        var found = _slots.TryGetValue(workspaceId, out var slot);
        entry = found ? slot!.Entry : default;
        return found;
    }

    /// <summary>Forgets a workspace (deleted): its next use starts from a new entry.</summary>
    public void Forget(string workspaceId) => _slots.TryRemove(workspaceId, out _);

    /// <summary>Forgets one entry and returns it, if there was one.</summary>
    public TEntry? Take(string key) => _slots.TryRemove(key, out var slot) ? slot.Entry : default;

    /// <summary>Forgets every entry whose key matches (the event log cache keys its entries by workspace and source); returns them.</summary>
    public List<TEntry> ForgetWhere(Func<string, bool> match)
    {
        var forgotten = new List<TEntry>();
        foreach (var key in _slots.Keys.Where(match))
        {
            if (_slots.TryRemove(key, out var slot))
            {
                forgotten.Add(slot.Entry);
            }
        }

        return forgotten;
    }

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public TEntry Entry { get; } = new();
    }
}
