using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>
/// Comment threads on maps, their comments and each person's inbox. A thread goes with its map (and the map with
/// its workspace); a comment with its thread; an inbox line with its comment.
/// </summary>
internal static class CommentsModel
{
    public const int MaxBody = 5000;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CommentThreadEntity>(e =>
        {
            e.ToTable("comment_threads");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.AnchorKind).HasMaxLength(16);
            e.Property(x => x.StageId).HasMaxLength(64);
            e.Property(x => x.StepId).HasMaxLength(64);
            e.Property(x => x.LaneId).HasMaxLength(64);
            e.Property(x => x.AnchorLabel).HasMaxLength(200);
            e.Property(x => x.ResolvedById).HasMaxLength(200);
            e.Property(x => x.ResolvedByName).HasMaxLength(200);
            e.HasIndex(x => new { x.MapId, x.LastActivityAt });
            e.HasIndex(x => x.WorkspaceId);
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CommentEntity>(e =>
        {
            e.ToTable("comments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.ThreadId).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.AuthorId).HasMaxLength(200);
            e.Property(x => x.AuthorName).HasMaxLength(200);
            e.Property(x => x.Body).HasMaxLength(MaxBody);
            e.HasIndex(x => new { x.ThreadId, x.CreatedAt });
            e.HasOne<CommentThreadEntity>().WithMany().HasForeignKey(x => x.ThreadId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CommentInboxEntity>(e =>
        {
            e.ToTable("comment_inbox");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.CommentId).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(16);
            e.HasIndex(x => new { x.UserId, x.CommentId }).IsUnique();
            e.HasIndex(x => new { x.WorkspaceId, x.UserId, x.Sequence });
            e.HasIndex(x => x.CommentId);
            e.HasOne<CommentEntity>().WithMany().HasForeignKey(x => x.CommentId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
