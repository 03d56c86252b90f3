using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.History;

/// <summary>The "before" side of a diff against a seq of the map's log: the map then, and what to call it.</summary>
internal static class SeqSide
{
    /// <summary>
    /// The document just after op <paramref name="seq"/> (null when the log cannot rebuild it) and its label: the
    /// newest version named at that seq, else "as of" the op's time (the map's creation for seq 0), in UTC.
    /// </summary>
    public static async Task<(string? Document, string Label)> ReadAsync(WaymarkDbContext db, MapEntity map, long seq, CancellationToken ct)
    {
        var version = await db.MapVersions.AsNoTracking().Where(v => v.MapId == map.Id && v.Seq == seq)
            .OrderByDescending(v => v.CreatedAt).Select(v => v.Name).FirstOrDefaultAsync(ct);
        var at = seq == 0 ? map.CreatedAt
            : await db.MapOperations.AsNoTracking().Where(o => o.MapId == map.Id && o.Seq == seq).Select(o => (DateTime?)o.At).FirstOrDefaultAsync(ct) ?? map.UpdatedAt;
        var label = version ?? "as of " + at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        try
        {
            return (await MapTimeline.DocumentAtAsync(db, map, seq, ct), label);
        }
        catch (InvalidOperationException)
        {
            return (null, label);
        }
    }
}
