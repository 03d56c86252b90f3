using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Core.FileFormat;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Testing.Collab;

/// <summary>What a server stored for a map: its document (canonical JSON) and its op log, read from the database.</summary>
public sealed record ServerLog(string DocumentJson, IReadOnlyList<(long Seq, string OpId)> Ops)
{
    public long LastSeq => Ops.Count == 0 ? 0 : Ops[^1].Seq;

    public static async Task<ServerLog> ReadAsync(IServiceProvider services, string mapId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var ops = await db.Set<MapOperationEntity>().AsNoTracking().Where(o => o.MapId == mapId)
            .OrderBy(o => o.Seq).Select(o => new { o.Seq, o.OpId }).ToListAsync().ConfigureAwait(false);
        var map = await db.Maps.AsNoTracking().SingleAsync(m => m.Id == mapId).ConfigureAwait(false);
        return new ServerLog(Canonical(map.Document), [.. ops.Select(o => (o.Seq, o.OpId))]);
    }

    /// <summary>A map document in the serializer's normal form, so two copies compare byte for byte.</summary>
    public static string Canonical(string json)
    {
        var read = MapSerializer.Read(json, MapFormat.Json);
        return read.Succeeded ? MapSerializer.ToJson(read.Map!) : "unreadable: " + string.Join("; ", read.Problems);
    }
}
