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
/// A map's one order of ops (docs/adr/043). A batch is read and applied first, then written in one transaction that
/// holds the map row against every other writer (PostgreSQL: <c>SELECT ... FOR UPDATE</c>; SQLite: its one writer,
/// BEGIN IMMEDIATE) once the map is found unchanged under it (else read and applied again under it); the transaction
/// appends the applied ops, keeps the tombstones, and writes the document, its metadata and Version once. A revision is written
/// when the batch crosses a multiple of <see cref="RevisionEvery"/> ops. The parsed document and who wrote what come
/// from <see cref="MapStateCache"/> while the map is as this server left it (docs/adr/050), else from the database.
/// </summary>
internal sealed class OperationLog(WaymarkDbContext db, MapStateCache cache)
{
    public const int RevisionEvery = 200;

    /// <summary>How many ops back the log is read to rebuild who wrote what (older base seqs see fewer replacements).</summary>
    public const int WritersWindow = 1000;

    public async Task<BatchOutcome> ApplyAsync(string mapId, IReadOnlyList<QueuedOp> ops, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct); // one connection for the reads, the lock and the writes
        var cached = cache.Take(mapId); // out while the batch runs: only a committed batch puts an entry back

        // Read and apply before taking the write lock (docs/adr/050, 2026-12-06 afternoon): SQLite has one writer for
        // every map, so a batch holds it only for its writes and commit. Under the lock the map's OpSeq and Version
        // are read again; if anything moved them in between (another server, a PUT), the batch is read and applied
        // again under the lock, as before.
        var run = await PrepareAsync(mapId, ops, cached, ct);
        if (run is null)
        {
            return Missing(ops);
        }

        using var turn = await SqliteWriteGate.EnterAsync(db.Database, ct); // in turn with this process's other SQLite writers (docs/adr/057)
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(mapId, ct);
        var now = await db.Maps.AsNoTracking().Where(m => m.Id == mapId).Select(m => new { m.OpSeq, m.Version }).FirstOrDefaultAsync(ct);
        if (now is null || now.OpSeq != run.Read.OpSeq || now.Version != run.Read.Version)
        {
            // Read and applied again under the lock. Who wrote what is brought up from the first read with only the
            // rows written since (usually the other server's last batch), not the whole window again: with two
            // servers in a burst nearly every batch lands here, and reading the window's 1,000 rows under the lock
            // held the map for both servers. The first read's document has this batch applied, so it is not reused.
            var writersAsRead = new MapState(run.Read.OpSeq, Version: -1, run.Document, run.Writers);
            db.ChangeTracker.Clear();
            run = await PrepareAsync(mapId, ops, writersAsRead, ct);
            if (run is null)
            {
                return Missing(ops);
            }
        }

        var map = run.Map;
        if (run.Applied.Count == 0)
        {
            cache.Keep(mapId, new MapState(map.OpSeq, map.Version, run.Document, run.Writers));
            return new BatchOutcome(run.Results, []);
        }

        foreach (var row in run.Rows)
        {
            db.MapOperations.Add(row);
        }

        KeepTombstones(mapId, run.Tombstones, run.State);
        var crossed = map.OpSeq / RevisionEvery != run.Seq / RevisionEvery;
        var last = run.Rows[^1];
        map.OpSeq = run.Seq; // before the revision, which records the seq it was written at (history, adr/048)
        MapRecords.Change(db, map, run.Journey!, last.AuthorName, $"{run.Applied.Count} edits", crossed);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var (edit, writer) in run.Written)
        {
            Wrote(run.Writers, edit, writer);
        }

        cache.Keep(mapId, new MapState(map.OpSeq, map.Version, run.Document, run.Writers));
        return new BatchOutcome(run.Results, run.Applied);
    }

    private static BatchOutcome Missing(IReadOnlyList<QueuedOp> ops) =>
        new(ops.Select(q => new SendResult(q.Op.Id, SendResult.Rejected, Reason: RejectReasons.Missing, Message: "the map was deleted")).ToArray(), []);

    /// <summary>PostgreSQL: the map row against every other server (SQLite's BEGIN IMMEDIATE already is its one writer).</summary>
    private async Task LockAsync(string mapId, CancellationToken ct)
    {
        if (db is PostgresWaymarkDbContext)
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1 FROM maps WHERE \"Id\" = {0} FOR UPDATE", [mapId], ct);
        }
    }

    /// <summary>Reads the map, the ids already seen, the tombstones and the writers, and applies the batch; null when the map is gone.</summary>
    private async Task<BatchRun?> PrepareAsync(string mapId, IReadOnlyList<QueuedOp> ops, MapState? cached, CancellationToken ct)
    {
        var map = await db.Maps.FirstOrDefaultAsync(m => m.Id == mapId, ct);
        if (map is null)
        {
            return null;
        }

        var ids = ops.Select(q => q.Op.Id).Distinct().ToList();
        var seen = await db.MapOperations.Where(o => o.MapId == mapId && ids.Contains(o.OpId))
            .ToDictionaryAsync(o => o.OpId, o => o.Seq, StringComparer.Ordinal, ct);
        var tombstones = await db.MapTombstones.Where(t => t.MapId == mapId).ToListAsync(ct);
        var writers = await WritersAsync(map, cached, ct);
        var document = cached is not null && cached.OpSeq == map.OpSeq && cached.Version == map.Version
            ? cached.Document
            : JsonNode.Parse(map.Document)!.AsObject();
        var run = new BatchRun(map, document, StateOf(map, ops, tombstones, writers), tombstones, writers);
        run.Results = ops.Select(q => run.Apply(q, seen)).ToArray();
        return run;
    }

    /// <summary>
    /// Who wrote each key last within the window (the last <see cref="WritersWindow"/> ops): the cached writers
    /// brought up to the map's OpSeq with the log rows written since (by another server or a PUT), or all read again.
    /// </summary>
    private async Task<Dictionary<string, KeyWriter>> WritersAsync(MapEntity map, MapState? cached, CancellationToken ct)
    {
        var floor = map.OpSeq - WritersWindow;
        var usable = cached is not null && cached.OpSeq <= map.OpSeq && cached.OpSeq >= floor;
        var writers = usable ? cached!.Writers : new Dictionary<string, KeyWriter>(StringComparer.Ordinal);
        var after = usable ? cached!.OpSeq : floor;
        if (after < map.OpSeq)
        {
            var rows = await db.MapOperations.AsNoTracking().Where(o => o.MapId == map.Id && o.Seq > after && o.Seq <= map.OpSeq)
                .OrderBy(o => o.Seq).Select(o => new { o.Seq, o.AuthorId, o.AuthorName, o.EditJson }).ToListAsync(ct);
            foreach (var row in rows)
            {
                Wrote(writers, OperationJson.ReadEdit(row.EditJson), new KeyWriter(row.AuthorId, row.AuthorName, row.Seq));
            }
        }

        if (writers.Count > 4 * WritersWindow)
        {
            foreach (var old in writers.Where(w => w.Value.Seq <= floor).Select(w => w.Key).ToList())
            {
                writers.Remove(old);
            }
        }

        return writers;
    }

    private static void Wrote(Dictionary<string, KeyWriter> writers, MapEdit edit, KeyWriter writer)
    {
        foreach (var key in OperationKeys.Of(edit))
        {
            writers[key] = writer;
        }
    }

    /// <summary>The tombstones and, for the batch, who wrote each key last since its oldest base seq (within the window).</summary>
    private static CoEditState StateOf(MapEntity map, IReadOnlyList<QueuedOp> ops, List<MapTombstoneEntity> tombstones, Dictionary<string, KeyWriter> writers)
    {
        var state = new CoEditState();
        foreach (var t in tombstones)
        {
            state.AddTombstone(new Tombstone(t.Kind, t.ItemId, t.Seq, t.AuthorName));
        }

        var from = Math.Max(ops.Min(q => q.Op.BaseSeq), map.OpSeq - WritersWindow);
        foreach (var (key, writer) in writers)
        {
            if (writer.Seq > from)
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
    private sealed class BatchRun(MapEntity map, JsonObject document, CoEditState state, List<MapTombstoneEntity> tombstones, Dictionary<string, KeyWriter> writers)
    {
        /// <summary>The map row as read (tracked: the writes change it); its OpSeq and Version are checked under the lock.</summary>
        public MapEntity Map { get; } = map;

        public (long OpSeq, int Version) Read { get; } = (map.OpSeq, map.Version);

        public CoEditState State { get; } = state;

        public List<MapTombstoneEntity> Tombstones { get; } = tombstones;

        public Dictionary<string, KeyWriter> Writers { get; } = writers;

        public SendResult[] Results { get; set; } = [];

        public JsonObject Document { get; private set; } = document;

        public long Seq { get; private set; } = map.OpSeq;

        public Waymark.Core.Maps.JourneyMap? Journey { get; private set; }

        public List<MapOperationEntity> Rows { get; } = [];

        public List<AppliedOp> Applied { get; } = [];

        /// <summary>Each applied op's edit and its writer (author and seq), for the cached writers.</summary>
        public List<(MapEdit Edit, KeyWriter Writer)> Written { get; } = [];

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

            var result = OperationApplier.Apply(Document, op, q.Author, Seq + 1, State);
            if (!result.Applied)
            {
                return new SendResult(op.Id, SendResult.Rejected, Reason: result.Reason, Message: result.Message, Path: result.Path, By: result.DeletedBy);
            }

            Seq++;
            seen[op.Id] = Seq;
            Document = OperationApplier.DocumentOf(result);
            Journey = result.Map;
            var json = OperationJson.Write(op.Edit);
            var row = new MapOperationEntity
            {
                MapId = Map.Id, Seq = Seq, OpId = op.Id, AuthorId = Clip(q.Author.Id), AuthorName = Clip(q.Author.Name),
                At = DateTime.UtcNow, EditJson = json, RestoredFrom = op.RestoredFrom,
            };
            Rows.Add(row);
            Written.Add((op.Edit, new KeyWriter(row.AuthorId, row.AuthorName, Seq)));
            Applied.Add(new AppliedOp(Seq, op.Id, row.AuthorId, row.AuthorName, row.At, JsonDocument.Parse(json).RootElement.Clone(), result.Replaced, op.RestoredFrom));
            return new SendResult(op.Id, SendResult.Applied, Seq);
        }
    }
}
