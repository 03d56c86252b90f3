using Microsoft.EntityFrameworkCore;
using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Personas;

namespace Waymark.Server.Features.Demo;

/// <summary>
/// On a first start (no workspace at all) creates the demo workspace: every template as a map and their personas
/// in the library, and generated events for the trial map (whose steps the template binds), so a new user sees the
/// overlay at once. Never runs again once any workspace exists.
/// </summary>
internal static class DemoSeeder
{
    public const string WorkspaceId = "demo";

    /// <summary>Customers in the demo's event data (about 7 events each).</summary>
    public const int DemoCustomers = 4_000;

    public static async Task SeedAsync(WaymarkDbContext db, IEventStore? events, CancellationToken ct)
    {
        if (await db.Workspaces.AnyAsync(ct))
        {
            return;
        }

        var now = DateTime.UtcNow;
        db.Workspaces.Add(new WorkspaceEntity
        {
            Id = WorkspaceId,
            Name = "Demo workspace",
            Description = "Template maps to explore. Edit freely: this workspace is yours.",
            CreatedAt = now,
            UpdatedAt = now,
        });
        var personaNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in TemplateLibrary.All)
        {
            var map = MapCopier.Copy(template.Create(), newIds: true);
            MapRecords.Add(db, WorkspaceId, map, "Waymark", $"Created from template {template.Id}");
            foreach (var persona in map.Personas.Where(p => personaNames.Add(p.Name)))
            {
                PersonasEndpoints.Add(db, WorkspaceId, PersonaCopier.Copy(persona, Ids.New("per")), "Waymark");
            }
        }

        await db.SaveChangesAsync(ct);
        if (events is not null)
        {
            var batch = DemoEvents.Generate(DemoCustomers, now);
            await events.AppendAsync(WorkspaceId, batch.Events, ct);
            await events.SetAttributesAsync(WorkspaceId, batch.Attributes, ct);
        }
    }
}
