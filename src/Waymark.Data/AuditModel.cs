using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>The audit trail's table: append-only, read per workspace newest first.</summary>
internal static class AuditModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEventEntity>(e =>
        {
            e.ToTable("audit_events");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.ActorId).HasMaxLength(200);
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.Target).HasMaxLength(200);
            e.Property(x => x.Detail).HasMaxLength(2000);
            e.HasIndex(x => new { x.WorkspaceId, x.Sequence });
        });
    }
}
