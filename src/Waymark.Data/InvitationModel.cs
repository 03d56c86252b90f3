using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>Invitations to a workspace: listed per workspace, gone with it.</summary>
internal static class InvitationModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InvitationEntity>(e =>
        {
            e.ToTable("invitations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.Role).HasMaxLength(16);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.Email).HasMaxLength(320);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.AcceptedBy).HasMaxLength(200);
            e.HasIndex(x => x.WorkspaceId);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
