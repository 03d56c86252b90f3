using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data;

/// <summary>
/// Accounts: Identity's user tables under plain names, each workspace's members, and one-time sign-in links.
/// </summary>
internal static class AccountsModel
{
    public const string RoleCheck = "\"Role\" IN ('owner', 'editor', 'commenter', 'viewer')";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WaymarkUser>(e =>
        {
            e.ToTable("users");
            e.Property(x => x.DisplayName).HasMaxLength(200);
        });
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<WorkspaceMemberEntity>(e =>
        {
            e.ToTable("workspace_members", t => t.HasCheckConstraint("CK_workspace_members_Role", RoleCheck));
            e.HasKey(x => new { x.WorkspaceId, x.UserId });
            e.Property(x => x.WorkspaceId).HasMaxLength(64);
            e.Property(x => x.Role).HasMaxLength(16);
            e.HasIndex(x => x.UserId);
            e.HasOne<WorkspaceEntity>().WithMany().HasForeignKey(x => x.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<WaymarkUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SignInLinkEntity>(e =>
        {
            e.ToTable("sign_in_links");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.SecretHash).HasMaxLength(128);
            e.Property(x => x.Purpose).HasMaxLength(32);
            e.HasIndex(x => x.UserId);
            e.HasOne<WaymarkUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
