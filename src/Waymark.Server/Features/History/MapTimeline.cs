using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Operations;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.History;

/// <summary>
/// The map as it was just after any op (docs/adr/048): the newest snapshot at or before it (a revision that records
/// its op seq, or the map itself at its current seq) with the logged ops after it applied again. Replay checks no
/// tombstones: the ops were accepted once against what was deleted then, which a snapshot does not hold.
/// </summary>
internal static class MapTimeline
{
    /// <summary>The earliest seq the map can be rebuilt at: its oldest snapshot's (the current seq when it has none).</summary>
    public static async Task<long> OldestAsync(WaymarkDbContext db, MapEntity map, CancellationToken ct) =>
        await db.MapRevisions.AsNoTracking().Where(r => r.MapId == map.Id && r.OpSeq != null).MinAsync(r => r.OpSeq, ct) is { } oldest
            ? Math.Min(oldest, map.OpSeq)
            : map.OpSeq;

    /// <summary>The problem with <paramref name="seq"/> for this map (named "seq", with the range it can show), or null.</summary>
    public static string? RangeProblem(long seq, long oldest, long current) =>
        seq < oldest || seq > current
            ? string.Create(CultureInfo.InvariantCulture, $"this map can be shown as it was at seq {oldest} to {current} (its current seq); {seq} is outside that")
            : null;

    /// <summary>The map's document just after op <paramref name="seq"/>, which must be in range.</summary>
    public static async Task<string> DocumentAtAsync(WaymarkDbContext db, MapEntity map, long seq, CancellationToken ct)
    {
        if (seq == map.OpSeq)
        {
            return map.Document;
        }

        var snapshot = await db.MapRevisions.AsNoTracking().Where(r => r.MapId == map.Id && r.OpSeq != null && r.OpSeq <= seq)
            .OrderByDescending(r => r.OpSeq).ThenByDescending(r => r.Number).Select(r => new { r.OpSeq, r.Document }).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Map {map.Id} has no snapshot at or before seq {seq}.");
        var from = snapshot.OpSeq!.Value;
        var ops = await db.MapOperations.AsNoTracking().Where(o => o.MapId == map.Id && o.Seq > from && o.Seq <= seq).OrderBy(o => o.Seq).ToListAsync(ct);
        if (ops.Count != seq - from)
        {
            throw new InvalidOperationException($"Map {map.Id}'s log misses ops between {from} and {seq}.");
        }

        return Replay(snapshot.Document, ops);
    }

    /// <summary>Applies logged ops to a document in order; an op that no longer applies means the log is damaged.</summary>
    public static string Replay(string document, IReadOnlyList<MapOperationEntity> ops)
    {
        var json = document;
        var tree = JsonNode.Parse(document)!.AsObject();
        foreach (var row in ops)
        {
            var op = new MapOperation(row.OpId, row.Seq - 1, OperationJson.ReadEdit(row.EditJson), row.RestoredFrom);
            var result = OperationApplier.Apply(tree, op, new OperationAuthor(row.AuthorId, row.AuthorName), row.Seq, new CoEditState());
            if (!result.Applied)
            {
                throw new InvalidOperationException($"Op {row.Seq} of map {row.MapId} did not apply again: {result.Reason}: {result.Message} ({result.Path})");
            }

            tree = OperationApplier.DocumentOf(result);
            json = result.Json!;
        }

        return json;
    }

    public static JsonElement Element(string document)
    {
        using var parsed = JsonDocument.Parse(document);
        return parsed.RootElement.Clone();
    }
}
