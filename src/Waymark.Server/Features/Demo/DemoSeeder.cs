using Microsoft.EntityFrameworkCore;
using Waymark.Analytics.Generation;
using Waymark.Core.Maps;
using Waymark.Core.Personas;
using Waymark.Core.Templates;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Feedback;
using Waymark.Server.Features.Maps;
using Waymark.Server.Features.Personas;
using Waymark.Server.Features.Segments;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Features.Demo;

/// <summary>
/// On a first start (no workspace at all) creates the demo workspace: every template as a map and their personas
/// in the library, and two event sources: "Trial app" (the default) with generated events and feedback for the trial
/// map, and "Web shop" with a small shop's events for the e-commerce map, so a new user sees the overlay and where it
/// hurts at once. The other template maps are bound to no source: their bindings would otherwise pick up whichever
/// events share their activity names. Never runs again once any workspace exists.
/// </summary>
internal static class DemoSeeder
{
    public const string WorkspaceId = "demo";

    /// <summary>The demo's sources: the trial app's events (the default source) and the web shop's.</summary>
    public const string TrialSource = "Trial app";

    public const string ShopSource = "Web shop";

    /// <summary>The template whose map reads the web shop.</summary>
    public const string ShopTemplate = "ecommerce-purchase";

    /// <summary>Customers in the demo's event data (<see cref="GeneratorPresets.Demo"/>).</summary>
    public const int DemoCustomers = GeneratorPresets.DemoCustomers;

    /// <summary>Segments on the demo's attributes, so "Compare with" has something to compare at first start.</summary>
    private static void AddSegments(WaymarkDbContext db, DateTime now)
    {
        (string Name, string Description, string Key, string Value)[] segments =
        [
            ("Referred teams", "Trials that came through a referral from an existing customer.", "acquisition_channel", "referral"),
            ("From display ads", "Trials that first came from a display ad.", "acquisition_channel", "display"),
            ("Small companies", "Companies with fewer than 20 employees.", "company_size", "1-19"),
        ];
        foreach (var (name, description, key, value) in segments)
        {
            db.Segments.Add(new SegmentEntity
            {
                Id = Ids.New("seg"),
                WorkspaceId = WorkspaceId,
                Name = name,
                Description = description,
                Conditions = SegmentStore.Serialize(SegmentConditions.None with { Attributes = [new SegmentAttribute(key, [value])] }),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
    }

    public static async Task SeedAsync(WaymarkDbContext db, IEventStore? events, IFeedbackStore? feedback, CancellationToken ct)
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
        var trial = EventSources.NewDefault(WorkspaceId, now);
        trial.Name = TrialSource;
        var shop = EventSources.New(WorkspaceId, ShopSource, now.AddSeconds(1)); // the trial app stays the default
        db.EventSources.AddRange(trial, shop);
        var personaNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in TemplateLibrary.All)
        {
            var map = MapCopier.Copy(template.Create(), newIds: true);
            if (template.Id == "saas-trial")
            {
                DemoKeywords.Apply(map);
            }

            var entity = MapRecords.Add(db, WorkspaceId, map, "Waymark", $"Created from template {template.Id}");
            entity.SourceId = template.Id switch
            {
                "saas-trial" => trial.Id,
                ShopTemplate => shop.Id,
                _ => null,
            };
            foreach (var persona in map.Personas.Where(p => personaNames.Add(p.Name)))
            {
                PersonasEndpoints.Add(db, WorkspaceId, PersonaCopier.Copy(persona, Ids.New("per")), "Waymark");
            }
        }

        await db.SaveChangesAsync(ct);
        if (events is not null)
        {
            var data = JourneyGenerator.GenerateTrial(GeneratorPresets.Demo(now));
            var trialKey = new EventSourceKey(WorkspaceId, trial.Id);
            await events.AppendAsync(trialKey,
                [.. data.Events.Select(e => new NewEvent(e.Id, e.CustomerId, e.UtcTicks, e.Activity, e.Channel, e.Properties))], ct);
            await events.AppendAsync(new EventSourceKey(WorkspaceId, shop.Id), DemoShop.Generate(now), ct);
            await events.SetAttributesAsync(trialKey,
                [.. data.Attributes.Select(a => new CustomerAttribute(a.CustomerId, a.Key, a.Value))], ct);
            if (feedback is not null)
            {
                await feedback.AppendAsync(WorkspaceId, [.. data.Feedback.Select(FeedbackMapping.ToNew)], ct);
            }

            AddSegments(db, now);
            await db.SaveChangesAsync(ct);
        }
    }
}
