using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Operations;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.History;
using Waymark.Server.Features.Maps;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// A map's one order of ops (docs/adr/043). A batch is applied in one transaction that holds the map row against
/// every other writer (PostgreSQL: <c>SELECT ... FOR UPDATE</c>; SQLite: its one writer, BEGIN IMMEDIATE), appends the
/// applied ops, keeps the tombstones, and writes the document, its metadata and Version once. A revision is written
/// when the batch crosses a multiple of <see cref="RevisionEvery"/> ops.
/// </summary>
internal sealed class OperationLog(WaymarkDbContext db)
{
    public const int RevisionEvery = 200;

    /// <summary>How many ops back the log is read to rebuild who wrote what (older base seqs see fewer replacements).</summary>
    public const int WritersWindow = 1000;

    public async Task<BatchOutcome> ApplyAsync(string mapId, IReadOnlyList<QueuedOp> ops, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db is PostgresWaymarkDbContext)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM maps WHERE \"Id\" = {0} FOR UPDATE", [mapId], ct);
        }

        var map = await db.Maps.FirstOrDefaultAsync(m => m.Id == mapId, ct);
        if (map is null)
        {
            return new BatchOutcome(ops.Select(q => new SendResult(q.Op.Id, SendResult.Rejected, Reason: RejectReasons.Missing, Message: "the map was deleted")).ToArray(), []);
        }

        var ids = ops.Select(q => q.Op.Id).Distinct().ToList();
        var seen = await db.MapOperations.Where(o => o.MapId == mapId && ids.Contains(o.OpId))
            .ToDictionaryAsync(o => o.OpId, o => o.Seq, StringComparer.Ordinal, ct);
        var tombstones = await db.MapTombstones.Where(t => t.MapId == mapId).ToListAsync(ct);
        var state = await StateAsync(map, ops, tombstones, ct);
        var run = new BatchRun(map, state);
        var results = ops.Select(q => run.Apply(q, seen)).ToArray();
        if (run.Applied.Count == 0)
        {
            return new BatchOutcome(results, []);
        }

        foreach (var row in run.Rows)
        {
            db.MapOperations.Add(row);
        }

        KeepTombstones(mapId, tombstones, state);
        var crossed = map.OpSeq / RevisionEvery != run.Seq / RevisionEvery;
        var last = run.Rows[^1];
        map.OpSeq = run.Seq; // before the revision, which records the seq it was written at (history, adr/048)
        MapRecords.Change(db, map, run.Map!, last.AuthorName, $"{run.Applied.Count} edits", crossed);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new BatchOutcome(results, run.Applied);
    }

    /// <summary>The tombstones and, for the keys the batch writes, who wrote each last since the oldest base seq.</summary>
    private async Task<CoEditState> StateAsync(MapEntity map, IReadOnlyList<QueuedOp> ops, List<MapTombstoneEntity> tombstones, CancellationToken ct)
    {
        var state = new CoEditState();
        foreach (var t in tombstones)
        {
            state.AddTombstone(new Tombstone(t.Kind, t.ItemId, t.Seq, t.AuthorName));
        }

        if (!ops.Any(q => OperationKeys.Of(q.Op.Edit).Count > 0))
        {
            return state;
        }

        var from = Math.Max(ops.Min(q => q.Op.BaseSeq), map.OpSeq - WritersWindow);
        var rows = await db.MapOperations.AsNoTracking().Where(o => o.MapId == map.Id && o.Seq > from).OrderBy(o => o.Seq)
            .Select(o => new { o.Seq, o.AuthorId, o.AuthorName, o.EditJson }).ToListAsync(ct);
        foreach (var row in rows)
        {
            var writer = new KeyWriter(row.AuthorId, row.AuthorName, row.Seq);
            foreach (var key in OperationKeys.Of(OperationJson.ReadEdit(row.EditJson)))
            {
                state.Wrote(key, writer);
            }
        }

        return state;
    }

    /// <summary>Makes the stored tombstones the state's: new ones added, restored ones removed, re-deleted ones updated.</summary>
    private void KeepTombstones(string mapId, List<MapTombstoneEntity> stored, CoEditState state)
    {
        var now = state.Tombstones.ToDictionary(t => (t.Kind, t.Id));
        foreach (var row in stored)
        {
            if (!now.Remove((row.Kind, row.ItemId), out var t))
            {
                db.MapTombstones.Remove(row);
            }
            else if (t.Seq != row.Seq)
            {
                (row.Seq, row.AuthorName) = (t.Seq, t.AuthorName);
            }
        }

        foreach (var t in now.Values)
        {
            db.MapTombstones.Add(new MapTombstoneEntity { MapId = mapId, Kind = t.Kind, ItemId = t.Id, Seq = t.Seq, AuthorName = Clip(t.AuthorName) });
        }
    }

    internal static string Clip(string text) => text.Length > 200 ? text[..200] : text;

    /// <summary>Applies a batch's ops one after the other to the document, numbering the applied ones.</summary>
    private sealed class BatchRun(MapEntity map, CoEditState state)
    {
        private JsonObject _document = JsonNode.Parse(map.Document)!.AsObject();

        public long Seq { get; private set; } = map.OpSeq;

        public Waymark.Core.Maps.JourneyMap? Map { get; private set; }

        public List<MapOperationEntity> Rows { get; } = [];

        public List<AppliedOp> Applied { get; } = [];

        public SendResult Apply(QueuedOp q, Dictionary<string, long> seen)
        {
            var op = q.Op;
            if (seen.TryGetValue(op.Id, out var earlier))
            {
                return new SendResult(op.Id, SendResult.Duplicate, earlier);
            }

            if (Restores.Problem(op, Seq) is { } badRestore)
            {
                return badRestore;
            }

            var result = OperationApplier.Apply(_document, op, q.Author, Seq + 1, state);
            if (!result.Applied)
            {
                return new SendResult(op.Id, SendResult.Rejected, Reason: result.Reason, Message: result.Message, Path: result.Path, By: result.DeletedBy);
            }

            Seq++;
            seen[op.Id] = Seq;
            _document = OperationApplier.DocumentOf(result);
            Map = result.Map;
            var json = OperationJson.Write(op.Edit);
            var row = new MapOperationEntity
            {
                MapId = map.Id, Seq = Seq, OpId = op.Id, AuthorId = Clip(q.Author.Id), AuthorName = Clip(q.Author.Name),
                At = DateTime.UtcNow, EditJson = json, RestoredFrom = op.RestoredFrom,
            };
            Rows.Add(row);
            Applied.Add(new AppliedOp(Seq, op.Id, row.AuthorId, row.AuthorName, row.At, JsonDocument.Parse(json).RootElement.Clone(), result.Replaced, op.RestoredFrom));
            return new SendResult(op.Id, SendResult.Applied, Seq);
        }
    }
}
