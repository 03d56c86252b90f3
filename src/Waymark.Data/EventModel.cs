using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>The event store's tables and API keys (docs/adr/005-event-store.md); kept apart from the map model.</summary>
internal static class EventModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EventEntity>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.SourceId).HasMaxLength(64);
            e.Property(x => x.EventId).HasMaxLength(200);
            e.Property(x => x.CustomerId).HasMaxLength(200);
            e.Property(x => x.Activity).HasMaxLength(200);
            e.Property(x => x.Channel).HasMaxLength(200);
            // NULLs are distinct in a unique index on both providers: events without an id never collide.
            // Led by the workspace so they also serve its foreign key: no third index to keep up on every insert.
            e.HasIndex(x => new { x.WorkspaceId, x.SourceId, x.EventId }).IsUnique();
            e.HasIndex(x => new { x.WorkspaceId, x.SourceId, x.Sequence });
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CustomerAttributeEntity>(e =>
        {
            e.ToTable("customer_attributes");
            e.HasKey(x => new { x.WorkspaceId, x.SourceId, x.CustomerId, x.Key });
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.SourceId).HasMaxLength(64);
            e.Property(x => x.CustomerId).HasMaxLength(200);
            e.Property(x => x.Key).HasMaxLength(200);
            e.HasIndex(x => new { x.WorkspaceId, x.SourceId, x.Sequence });
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EventSourceEntity>(e =>
        {
            e.ToTable("event_sources");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => new { x.WorkspaceId, x.Name }).IsUnique();
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SegmentEntity>(e =>
        {
            e.ToTable("segments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => x.WorkspaceId);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApiKeyEntity>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.SourceId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Prefix).HasMaxLength(32);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => x.Prefix).IsUnique();
            e.HasIndex(x => x.WorkspaceId);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
