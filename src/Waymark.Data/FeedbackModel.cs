using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>The feedback table (voice of the customer); kept apart from the map model like the event store.</summary>
internal static class FeedbackModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeedbackEntity>(e =>
        {
            e.ToTable("feedback");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.FeedbackId).HasMaxLength(200);
            e.Property(x => x.CustomerId).HasMaxLength(200);
            e.Property(x => x.StepId).HasMaxLength(200);
            e.Property(x => x.Activity).HasMaxLength(200);
            e.Property(x => x.ScoreType).HasMaxLength(16);
            e.Property(x => x.Source).HasMaxLength(16);
            e.Property(x => x.Language).HasMaxLength(35);
            e.HasIndex(x => new { x.WorkspaceId, x.FeedbackId }).IsUnique();
            e.HasIndex(x => new { x.WorkspaceId, x.Sequence });
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
