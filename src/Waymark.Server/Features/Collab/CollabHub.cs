using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Operations;
using Waymark.Data;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// Co-editing a map (/hubs/maps, docs/adr/043): Join, Send, SetPresence and Leave; the server sends Applied, Presence
/// and Reset. Everyone with access may join and show presence; only editors may send ops.
/// </summary>
internal sealed class CollabHub(IServiceProvider services, WaymarkDbContext db, MapQueues queues, PresenceRegistry presence) : Hub
{
    /// <summary>The most ops one Send takes.</summary>
    public const int MaxOps = 200;

    /// <summary>A client this far behind (or more) gets the whole map on Join rather than the ops it missed.</summary>
    public const int MaxCatchUp = 1000;

    public static string GroupOf(string mapId) => "map:" + mapId;

    public override async Task OnConnectedAsync()
    {
        if (HubAccess.Refusal(Context.GetHttpContext()) is { } refusal)
        {
            Context.Abort();
            throw new HubException(refusal);
        }

        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var (mapId, people) in await presence.LeaveAllAsync(Context.ConnectionId))
        {
            await BroadcastPresenceAsync(mapId, people);
        }

        await base.OnDisconnectedAsync(exception);
    }

    public async Task<JoinResult> Join(string workspaceId, string mapId, long? sinceSeq = null)
    {
        var caller = await HubAccess.RequireAsync(Context, services, workspaceId, mapId, WorkspaceRole.Viewer);
        // Into the group first, then read: an op applied in between is both in what is read and sent as Applied
        // (clients drop Applied records they already have), never in neither.
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(mapId));
        var row = await db.Maps.AsNoTracking().Where(m => m.Id == mapId).Select(m => new { m.Document, m.OpSeq }).FirstOrDefaultAsync()
            ?? throw new HubException(HubAccess.NotFound);
        var ops = sinceSeq is { } since && since >= 0 && since <= row.OpSeq && row.OpSeq - since <= MaxCatchUp
            ? await OpsAsync(mapId, since, row.OpSeq)
            : null;
        var author = HubAccess.AuthorOf(caller, Context);
        var people = await presence.EnterAsync(mapId, new PresenceEntry(Context.ConnectionId, author.Id, author.Name, PresenceRegistry.ColourOf(author.Id), null, null));
        await BroadcastPresenceAsync(mapId, people);
        var map = ops is null ? JsonDocument.Parse(row.Document).RootElement.Clone() : (JsonElement?)null;
        return new JoinResult(row.OpSeq, map, ops, people, MemberRoleNames.ToText(caller.Role));
    }

    public async Task<SendResponse> Send(string workspaceId, string mapId, JsonElement[] ops)
    {
        ArgumentNullException.ThrowIfNull(ops);
        var caller = await HubAccess.RequireAsync(Context, services, workspaceId, mapId, WorkspaceRole.Editor);
        if (ops.Length > MaxOps)
        {
            throw new HubException($"too many ops: at most {MaxOps} per call");
        }

        var author = HubAccess.AuthorOf(caller, Context);
        var results = new SendResult?[ops.Length];
        var queued = new List<QueuedOp>();
        for (var i = 0; i < ops.Length; i++)
        {
            if (OperationJson.TryRead(ops[i], out var id, out var path, out var problem) is { } op)
            {
                queued.Add(new QueuedOp(op, author));
            }
            else
            {
                results[i] = new SendResult(id ?? "", SendResult.Rejected, Reason: RejectReasons.Invalid, Message: problem, Path: path);
            }
        }

        var written = queued.Count > 0 ? await queues.SendAsync(mapId, queued) : [];
        var next = 0;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] ??= written[next++];
        }

        return new SendResponse(results!);
    }

    public async Task SetPresence(string workspaceId, string mapId, PresenceSelection? selection, string? following = null)
    {
        await HubAccess.RequireAsync(Context, services, workspaceId, mapId, WorkspaceRole.Viewer);
        if (Clip(selection?.LaneId) is var lane && Clip(selection?.StepId) is var step && Clip(selection?.StageId) is var stage
            && await presence.UpdateAsync(mapId, Context.ConnectionId, selection is null ? null : new PresenceSelection(lane, step, stage), Clip(following)) is { } people)
        {
            await BroadcastPresenceAsync(mapId, people);
        }
    }

    public async Task Leave(string workspaceId, string mapId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(mapId));
        if (await presence.LeaveAsync(mapId, Context.ConnectionId) is { } people)
        {
            await BroadcastPresenceAsync(mapId, people);
        }
    }

    private async Task<IReadOnlyList<AppliedOp>?> OpsAsync(string mapId, long since, long upTo)
    {
        var rows = await db.MapOperations.AsNoTracking().Where(o => o.MapId == mapId && o.Seq > since && o.Seq <= upTo)
            .OrderBy(o => o.Seq).ToListAsync();
        if (rows.Count != upTo - since)
        {
            return null; // the log no longer holds all of them: the client gets the map
        }

        return rows.Select(r => new AppliedOp(r.Seq, r.OpId, r.AuthorId, r.AuthorName, r.At, JsonDocument.Parse(r.EditJson).RootElement.Clone(), RestoredFrom: r.RestoredFrom)).ToArray();
    }

    private Task BroadcastPresenceAsync(string mapId, IReadOnlyList<PresenceEntry> people) =>
        Clients.Group(GroupOf(mapId)).SendAsync("Presence", mapId, people);

    private static string? Clip(string? text) => text is null ? null : text.Length > 200 ? text[..200] : text;
}
