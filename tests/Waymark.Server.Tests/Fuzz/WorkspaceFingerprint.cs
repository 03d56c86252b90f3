using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// A cheap summary of everything a workspace holds (row counts and last sequences of events, attributes and
/// feedback; ids and versions of maps, personas and segments), read from the database: equal before and after a
/// rejected request means the request changed nothing.
/// </summary>
internal static class WorkspaceFingerprint
{
    public static async Task<string> ReadAsync(IServiceProvider services, string workspaceId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var events = await db.Events.Where(e => e.WorkspaceId == workspaceId)
            .GroupBy(e => 1).Select(g => new { Count = g.Count(), Last = g.Max(e => e.Sequence) }).FirstOrDefaultAsync();
        var attributes = await db.CustomerAttributes.Where(a => a.WorkspaceId == workspaceId)
            .GroupBy(a => 1).Select(g => new { Count = g.Count(), Last = g.Max(a => a.Sequence) }).FirstOrDefaultAsync();
        var feedback = await db.Feedback.Where(f => f.WorkspaceId == workspaceId)
            .GroupBy(f => 1).Select(g => new { Count = g.Count(), Last = g.Max(f => f.Sequence) }).FirstOrDefaultAsync();
        var maps = await db.Maps.Where(m => m.WorkspaceId == workspaceId).OrderBy(m => m.Id).Select(m => m.Id + "@" + m.Version).ToListAsync();
        var personas = await db.Personas.Where(p => p.WorkspaceId == workspaceId).OrderBy(p => p.Id).Select(p => p.Id + "@" + p.Version).ToListAsync();
        var segments = await db.Segments.Where(s => s.WorkspaceId == workspaceId).OrderBy(s => s.Id).Select(s => new { s.Id, s.UpdatedAt }).ToListAsync();
        return string.Create(CultureInfo.InvariantCulture,
            $"events {events?.Count ?? 0}/{events?.Last ?? 0}; attributes {attributes?.Count ?? 0}/{attributes?.Last ?? 0}; " +
            $"feedback {feedback?.Count ?? 0}/{feedback?.Last ?? 0}; maps {string.Join(",", maps)}; personas {string.Join(",", personas)}; " +
            $"segments {string.Join(",", segments.Select(s => s.Id + "@" + s.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture)))}");
    }
}
