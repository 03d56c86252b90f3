using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>A workspace's topic curation: labels, merges and hidden topics (TopicsSchema).</summary>
internal static class TopicsModel
{
    public const int MaxPhrase = 200;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TopicRuleEntity>(e =>
        {
            e.ToTable("topic_rules");
            e.HasKey(x => new { x.WorkspaceId, x.Phrase });
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.Phrase).HasMaxLength(MaxPhrase);
            e.Property(x => x.Label).HasMaxLength(MaxPhrase);
            e.Property(x => x.MergedInto).HasMaxLength(MaxPhrase);
            e.Property(x => x.UpdatedBy).HasMaxLength(200);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
