using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>Journey rules and what the evaluator keeps for them (RulesSchema, docs/adr/054-journey-rules.md); all go with their map.</summary>
internal static class RulesModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RuleEntity>(e =>
        {
            e.ToTable("rules");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.HasIndex(x => new { x.MapId, x.CreatedAt });
            e.HasIndex(x => new { x.Enabled, x.WorkspaceId });
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RuleFiringEntity>(e =>
        {
            e.ToTable("rule_firings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.RuleId).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.CustomerId).HasMaxLength(200);
            e.Property(x => x.Occurrence).HasMaxLength(200);
            e.Property(x => x.EventType).HasMaxLength(100);
            e.Property(x => x.Detail).HasMaxLength(500);
            e.Property(x => x.DeliveryIds).HasMaxLength(2000);
            e.HasIndex(x => new { x.RuleId, x.CustomerId, x.Occurrence }).IsUnique();
            e.HasIndex(x => new { x.RuleId, x.Id });
            e.HasIndex(x => new { x.RuleId, x.CustomerId, x.FiredAt });
            e.HasOne<RuleEntity>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RuleTimerEntity>(e =>
        {
            e.ToTable("rule_timers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.RuleId).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.CustomerId).HasMaxLength(200);
            e.Property(x => x.ArmedBy).HasMaxLength(200);
            e.Property(x => x.State).HasMaxLength(16);
            e.Property(x => x.LeaseOwner).HasMaxLength(64);
            e.HasIndex(x => new { x.RuleId, x.CustomerId, x.ArmedBy }).IsUnique();
            e.HasIndex(x => new { x.State, x.DueAt });
            e.HasIndex(x => new { x.RuleId, x.CustomerId, x.State });
            e.HasOne<RuleEntity>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RuleCursorEntity>(e =>
        {
            e.ToTable("rule_cursors");
            e.HasKey(x => x.Stream);
            e.Property(x => x.Stream).HasMaxLength(200);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.HasIndex(x => x.WorkspaceId);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RuleSegmentMemberEntity>(e =>
        {
            e.ToTable("rule_segment_members");
            e.HasKey(x => new { x.RuleId, x.CustomerId });
            e.Property(x => x.RuleId).HasMaxLength(64);
            e.Property(x => x.CustomerId).HasMaxLength(200);
            e.HasOne<RuleEntity>().WithMany().HasForeignKey(x => x.RuleId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
