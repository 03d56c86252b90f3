using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>Share links of maps and the votes people place on ideas (SharingSchema).</summary>
internal static class SharingModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ShareLinkEntity>(e =>
        {
            e.ToTable("share_links");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.Access).HasMaxLength(16);
            e.Property(x => x.Label).HasMaxLength(200);
            e.Property(x => x.SecretHash).HasMaxLength(64);
            e.Property(x => x.PasscodeHash).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.CreatedByName).HasMaxLength(200);
            e.HasIndex(x => new { x.WorkspaceId, x.MapId });
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<VoteEntity>(e =>
        {
            e.ToTable("votes");
            e.HasKey(x => new { x.MapId, x.IdeaId, x.VoterId });
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.IdeaId).HasMaxLength(64);
            e.Property(x => x.VoterId).HasMaxLength(200);
            e.Property(x => x.VoterName).HasMaxLength(200);
            e.HasIndex(x => new { x.MapId, x.VoterId });
            e.HasIndex(x => x.WorkspaceId);
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<VoteSettingsEntity>(e =>
        {
            e.ToTable("vote_settings");
            e.HasKey(x => x.MapId);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.UpdatedBy).HasMaxLength(200);
            e.HasIndex(x => x.WorkspaceId);
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
