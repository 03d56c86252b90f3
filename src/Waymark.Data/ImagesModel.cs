using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>Images stored in a workspace (ImagesSchema).</summary>
internal static class ImagesModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ImageEntity>(e =>
        {
            e.ToTable("images");
            e.HasKey(x => new { x.WorkspaceId, x.Id });
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.ContentType).HasMaxLength(32);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
