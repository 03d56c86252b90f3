using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>The co-editing log and tombstones of maps (OperationsSchema).</summary>
internal static class OperationsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MapOperationEntity>(e =>
        {
            e.ToTable("map_operations");
            e.HasKey(x => new { x.MapId, x.Seq });
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.Seq).ValueGeneratedNever();
            e.Property(x => x.OpId).HasMaxLength(64);
            e.Property(x => x.AuthorId).HasMaxLength(200);
            e.Property(x => x.AuthorName).HasMaxLength(200);
            e.HasIndex(x => new { x.MapId, x.OpId }).IsUnique();
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MapTombstoneEntity>(e =>
        {
            e.ToTable("map_tombstones");
            e.HasKey(x => new { x.MapId, x.Kind, x.ItemId });
            e.Property(x => x.MapId).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.ItemId).HasMaxLength(64);
            e.Property(x => x.AuthorName).HasMaxLength(200);
            e.HasOne<MapEntity>().WithMany().HasForeignKey(x => x.MapId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
