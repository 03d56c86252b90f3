using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>Webhook endpoints and their delivery outbox (WebhooksSchema, docs/adr/053-webhook-delivery.md); both go with their workspace.</summary>
internal static class WebhooksModel
{
    public const int MaxUrl = 2000;
    public const int MaxDescription = 500;
    public const int MaxResponse = 2048;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WebhookEndpointEntity>(e =>
        {
            e.ToTable("webhook_endpoints");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.Url).HasMaxLength(MaxUrl);
            e.Property(x => x.Description).HasMaxLength(MaxDescription);
            e.Property(x => x.Events).HasMaxLength(2000);
            e.Property(x => x.DisabledReason).HasMaxLength(500);
            e.Property(x => x.Secret).HasMaxLength(1000);
            e.Property(x => x.PreviousSecret).HasMaxLength(1000);
            e.HasIndex(x => x.WorkspaceId);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WebhookDeliveryEntity>(e =>
        {
            e.ToTable("webhook_deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.EndpointId).HasMaxLength(64);
            e.Property(x => x.EventType).HasMaxLength(100);
            e.Property(x => x.State).HasMaxLength(16);
            e.Property(x => x.StateReason).HasMaxLength(500);
            e.Property(x => x.LeaseOwner).HasMaxLength(64);
            e.Property(x => x.LastResponse).HasMaxLength(MaxResponse);
            e.Property(x => x.LastError).HasMaxLength(500);
            e.HasIndex(x => new { x.State, x.NextAttemptAt });
            e.HasIndex(x => new { x.EndpointId, x.Id });
            e.HasOne<WebhookEndpointEntity>().WithMany().HasForeignKey(x => x.EndpointId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
