using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>A map's named versions (HistorySchema); they go with their map.</summary>
internal static class HistoryModel
{
    public const int MaxVersionName = 100;

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MapVersionEntity>(e =>
        {
            e.ToTable("map_versions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(MaxVersionName);
            e.Property(x => x.CreatedById).HasMaxLength(200);
            e.Property(x => x.CreatedByName).HasMaxLength(200);
            e.HasIndex(x => new { x.MapId, x.Seq });
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
