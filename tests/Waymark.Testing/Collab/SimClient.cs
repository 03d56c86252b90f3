using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Waymark.Core.Operations;

namespace Waymark.Testing.Collab;

/// <summary>
/// One simulated editor on one map over the real hub: joins, makes random edits (<see cref="EditGenerator"/>),
/// applies the Applied records it receives to its own copy with <see cref="OperationApplier"/>, drops off and comes
/// back at random, queues what it edits while away and resends it with the same ids. Everything it concludes (what
/// was acknowledged, what went wrong) is kept for <see cref="ConvergenceChecker"/>.
/// </summary>
public sealed partial class SimClient : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Uri _server;
    private readonly string _workspace;
    private readonly string _mapId;
    private readonly Random _random;
    private readonly SimClientOptions _options;
    private readonly EditGenerator _generator;
    private readonly SortedDictionary<long, JsonElement> _early = [];
    private readonly List<PendingOp> _pending = [];
    private HubConnection _connection;
    private JsonObject _confirmed = [];
    private CoEditState _state = new();
    private long _seq = -1;
    private int _made;
    private const int MaxJoinRetries = 10;
    private int _retried;
    private int _joinRetried;

    public SimClient(Uri server, string workspace, string mapId, int seed, string name, SimClientOptions options)
    {
        _server = server;
        _workspace = workspace;
        _mapId = mapId;
        _random = new Random(seed);
        _options = options;
        Name = name;
        _generator = new EditGenerator(_random, name);
        _connection = NewConnection();
    }

    public string Name { get; }

    /// <summary>Op ids the server acknowledged (applied or duplicate), with the seq it gave them.</summary>
    public Dictionary<string, long> Acknowledged { get; } = new(StringComparer.Ordinal);

    /// <summary>Op ids the server rejected, with the reason.</summary>
    public Dictionary<string, string> Rejected { get; } = new(StringComparer.Ordinal);

    /// <summary>What went wrong on this client (an Applied record it could not apply, a protocol surprise).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Called with (op id, seq) when an Applied record arrives: the benchmark's clock.</summary>
    public Action<string, long>? OnApplied { get; set; }

    public long Seq
    {
        get { lock (_gate) { return _seq; } }
    }

    public int PendingCount
    {
        get { lock (_gate) { return _pending.Count; } }
    }

    /// <summary>Sends the server answered with "could not be saved; send them again" (retried with the same ids).</summary>
    public int Retried => Volatile.Read(ref _retried);

    /// <summary>Joins that failed and were tried again (<see cref="JoinAsync"/>).</summary>
    public int JoinRetried => Volatile.Read(ref _joinRetried);

    public bool Online => _connection.State == HubConnectionState.Connected;

    /// <summary>The client's confirmed copy of the map, as canonical JSON.</summary>
    public string ConfirmedJson()
    {
        lock (_gate)
        {
            return _confirmed.ToJsonString();
        }
    }

    /// <summary>
    /// Joins; a Join that fails (the hub threw, e.g. Redis answered late, or the connection went) is tried again after
    /// 500 ms, 1 s, 2 s, ... up to 10 s, as the browser's reconnect does (web/src/features/collab/hubTransport.ts);
    /// after <see cref="MaxJoinRetries"/> retries (about a minute) the failure is the caller's.
    /// </summary>
    public async Task JoinAsync(CancellationToken cancel = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await JoinOnceAsync().ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is HubException or InvalidOperationException or IOException or TimeoutException
                or System.Net.Http.HttpRequestException or System.Net.WebSockets.WebSocketException && attempt < MaxJoinRetries)
            {
                Interlocked.Increment(ref _joinRetried);
                await Task.Delay(Math.Min(10_000, 500 << Math.Min(attempt, 5)), cancel).ConfigureAwait(false);
            }
        }
    }

    private async Task JoinOnceAsync()
    {
        if (_connection.State == HubConnectionState.Disconnected)
        {
            await _connection.StartAsync().ConfigureAwait(false);
        }

        long since;
        lock (_gate)
        {
            since = _seq;
        }

        var joined = since < 0
            ? await _connection.InvokeAsync<JsonElement>("Join", _workspace, _mapId, null).ConfigureAwait(false)
            : await _connection.InvokeAsync<JsonElement>("Join", _workspace, _mapId, since).ConfigureAwait(false);
        TakeJoin(joined);
    }

    /// <summary>The editor's whole session: its edits with pauses, drop-offs and returns; ends online with nothing pending.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        await JoinAsync(cancel).ConfigureAwait(false);
        while (_made < _options.Edits && !cancel.IsCancellationRequested)
        {
            if (_random.NextDouble() < _options.DisconnectChance)
            {
                await GoOfflineAsync(cancel).ConfigureAwait(false);
                continue;
            }

            MakeEdits(1 + _random.Next(_options.MaxBatch));
            await FlushAsync().ConfigureAwait(false);
            await PauseAsync(cancel).ConfigureAwait(false);
        }

        await SettleAsync(cancel).ConfigureAwait(false);
    }

    /// <summary>Online, everything sent and answered; resends until nothing is pending.</summary>
    public async Task SettleAsync(CancellationToken cancel)
    {
        for (var attempt = 0; PendingCount > 0 || !Online; attempt++)
        {
            cancel.ThrowIfCancellationRequested();
            if (!Online)
            {
                await ReconnectAsync(cancel).ConfigureAwait(false);
            }

            await FlushAsync().ConfigureAwait(false);
            if (PendingCount > 0)
            {
                // Applied, but its record not yet here: it arrives, or a Join with our seq brings it.
                await Task.Delay(Math.Min(200, 5 * (attempt + 1)), cancel).ConfigureAwait(false);
                if (attempt % 20 == 19)
                {
                    await JoinAsync(cancel).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Catches up to <paramref name="seq"/> (the server's last), by Applied records or a Join.</summary>
    public async Task CatchUpAsync(long seq, CancellationToken cancel)
    {
        for (var attempt = 0; Seq < seq; attempt++)
        {
            cancel.ThrowIfCancellationRequested();
            await Task.Delay(10, cancel).ConfigureAwait(false);
            if (attempt % 10 == 9)
            {
                await JoinAsync(cancel).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Makes <paramref name="count"/> edits against its view (confirmed plus pending) and queues them.</summary>
    public IReadOnlyList<string> MakeEdits(int count)
    {
        var ids = new List<string>(count);
        lock (_gate)
        {
            for (var i = 0; i < count && _seq >= 0; i++)
            {
                var edit = _generator.Next(new MapView(ViewLocked()));
                var id = $"{Name}-{_made.ToString(CultureInfo.InvariantCulture)}-{_random.Next(1_000_000).ToString("x", CultureInfo.InvariantCulture)}";
                _made++;
                _pending.Add(new PendingOp(id, _seq, edit));
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Sends every pending op (again, if it was sent before) and takes the results.</summary>
    public async Task FlushAsync()
    {
        JsonArray ops;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            ops = [.. _pending.Take(200).Select(p => (JsonNode)p.ToJson())];
        }

        if (!Online)
        {
            return;
        }

        try
        {
            var answer = await _connection.InvokeAsync<JsonElement>("Send", _workspace, _mapId, ops).ConfigureAwait(false);
            TakeResults(answer);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or OperationCanceledException or TaskCanceledException)
        {
            // The connection went while sending: the ops stay pending and go again with the same ids.
        }
        catch (HubException e) when (e.Message.Contains("send them again", StringComparison.Ordinal))
        {
            // The server could not write the batch (nothing of it is stored): as the browser's Retry, the ops stay
            // pending and go again with the same ids.
            Interlocked.Increment(ref _retried);
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);

    private async Task GoOfflineAsync(CancellationToken cancel)
    {
        await _connection.StopAsync(cancel).ConfigureAwait(false);
        var offlineEdits = _random.Next(0, 4);
        for (var i = 0; i < offlineEdits && _made < _options.Edits; i++)
        {
            MakeEdits(1);
            await PauseAsync(cancel).ConfigureAwait(false);
        }

        await ReconnectAsync(cancel).ConfigureAwait(false);
        await FlushAsync().ConfigureAwait(false);
    }

    private async Task ReconnectAsync(CancellationToken cancel)
    {
        if (_random.Next(3) == 0)
        {
            // Half the time a new connection (a new tab, a reload), else the same one started again.
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = NewConnection();
        }

        await JoinAsync(cancel).ConfigureAwait(false);
    }

    private Task PauseAsync(CancellationToken cancel) =>
        _options.MaxDelayMs <= 0 ? Task.CompletedTask : Task.Delay(_random.Next(_options.MaxDelayMs + 1), cancel);

    private HubConnection NewConnection()
    {
        var connection = HubConnections.Connect(_server);
        connection.On<string, JsonElement>("Applied", (map, ops) =>
        {
            if (map == _mapId)
            {
                TakeApplied(ops);
            }
        });
        connection.On<string, long>("Reset", (map, _) =>
        {
            if (map == _mapId)
            {
                lock (_gate)
                {
                    _seq = -1;
                }
            }
        });
        return connection;
    }
}
