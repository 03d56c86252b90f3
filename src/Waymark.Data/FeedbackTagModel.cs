using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>Feedback tags and their links to items (the explorer's tags).</summary>
internal static class FeedbackTagModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FeedbackTagEntity>(e =>
        {
            e.ToTable("feedback_tags");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.NameKey).HasMaxLength(100);
            e.HasIndex(x => new { x.WorkspaceId, x.NameKey }).IsUnique();
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FeedbackItemTagEntity>(e =>
        {
            e.ToTable("feedback_item_tags");
            e.HasKey(x => new { x.TagId, x.FeedbackId });
            e.Property(x => x.TagId).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.FeedbackId).HasMaxLength(200);
            e.HasIndex(x => new { x.WorkspaceId, x.FeedbackId });
            e.HasOne<FeedbackTagEntity>().WithMany().HasForeignKey(x => x.TagId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
