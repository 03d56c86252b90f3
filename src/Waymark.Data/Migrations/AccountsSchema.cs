using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Waymark.Data.Migrations;

/// <summary>
/// Accounts: Identity's user tables (users, user_claims, user_logins, user_tokens), workspace members with a role,
/// and one-time sign-in links (only the hash of a link's secret is stored).
/// </summary>
internal static class AccountsSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        var t = new Types(postgres);
        CreateUsers(mb, t);
        CreateUserSideTables(mb, t, postgres);
        mb.CreateTable("workspace_members", c => new
        {
            WorkspaceId = c.Column<string>(t.Chars(64), maxLength: 64, nullable: false),
            UserId = c.Column<string>(t.Text, nullable: false),
            Role = c.Column<string>(t.Chars(16), maxLength: 16, nullable: false),
            JoinedAt = c.Column<DateTime>(t.Time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_workspace_members", r => new { r.WorkspaceId, r.UserId });
            x.CheckConstraint("CK_workspace_members_Role", AccountsModel.RoleCheck);
            x.ForeignKey("FK_workspace_members_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
            x.ForeignKey("FK_workspace_members_users_UserId", r => r.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_workspace_members_UserId", "workspace_members", "UserId");
        mb.CreateTable("sign_in_links", c => new
        {
            Id = c.Column<string>(t.Chars(64), maxLength: 64, nullable: false),
            UserId = c.Column<string>(t.Text, nullable: false),
            SecretHash = c.Column<string>(t.Chars(128), maxLength: 128, nullable: false),
            Purpose = c.Column<string>(t.Chars(32), maxLength: 32, nullable: false),
            CreatedAt = c.Column<DateTime>(t.Time, nullable: false),
            ExpiresAt = c.Column<DateTime>(t.Time, nullable: false),
            UsedAt = c.Column<DateTime>(t.Time, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_sign_in_links", r => r.Id);
            x.ForeignKey("FK_sign_in_links_users_UserId", r => r.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_sign_in_links_UserId", "sign_in_links", "UserId");
    }

    public static void Down(MigrationBuilder mb, bool postgres)
    {
        foreach (var table in new[] { "sign_in_links", "workspace_members", "user_tokens", "user_logins", "user_claims", "users" })
        {
            mb.DropTable(table);
        }
    }

    private static void CreateUsers(MigrationBuilder mb, Types t)
    {
        mb.CreateTable("users", c => new
        {
            Id = c.Column<string>(t.Text, nullable: false),
            DisplayName = c.Column<string>(t.Chars(200), maxLength: 200, nullable: false),
            CreatedAt = c.Column<DateTime>(t.Time, nullable: false),
            UserName = c.Column<string>(t.Chars(256), maxLength: 256, nullable: true),
            NormalizedUserName = c.Column<string>(t.Chars(256), maxLength: 256, nullable: true),
            Email = c.Column<string>(t.Chars(256), maxLength: 256, nullable: true),
            NormalizedEmail = c.Column<string>(t.Chars(256), maxLength: 256, nullable: true),
            EmailConfirmed = c.Column<bool>(t.Bool, nullable: false),
            PasswordHash = c.Column<string>(t.Text, nullable: true),
            SecurityStamp = c.Column<string>(t.Text, nullable: true),
            ConcurrencyStamp = c.Column<string>(t.Text, nullable: true),
            PhoneNumber = c.Column<string>(t.Text, nullable: true),
            PhoneNumberConfirmed = c.Column<bool>(t.Bool, nullable: false),
            TwoFactorEnabled = c.Column<bool>(t.Bool, nullable: false),
            LockoutEnd = c.Column<DateTimeOffset>(t.Time, nullable: true),
            LockoutEnabled = c.Column<bool>(t.Bool, nullable: false),
            AccessFailedCount = c.Column<int>(t.Int, nullable: false),
        }, constraints: x => x.PrimaryKey("PK_users", r => r.Id));
        mb.CreateIndex("EmailIndex", "users", "NormalizedEmail");
        mb.CreateIndex("UserNameIndex", "users", "NormalizedUserName", unique: true);
    }

    private static void CreateUserSideTables(MigrationBuilder mb, Types t, bool postgres)
    {
        mb.CreateTable("user_claims", c => new
        {
            Id = postgres
                ? c.Column<int>("integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                : c.Column<int>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            UserId = c.Column<string>(t.Text, nullable: false),
            ClaimType = c.Column<string>(t.Text, nullable: true),
            ClaimValue = c.Column<string>(t.Text, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_user_claims", r => r.Id);
            x.ForeignKey("FK_user_claims_users_UserId", r => r.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_user_claims_UserId", "user_claims", "UserId");
        mb.CreateTable("user_logins", c => new
        {
            LoginProvider = c.Column<string>(t.Text, nullable: false),
            ProviderKey = c.Column<string>(t.Text, nullable: false),
            ProviderDisplayName = c.Column<string>(t.Text, nullable: true),
            UserId = c.Column<string>(t.Text, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_user_logins", r => new { r.LoginProvider, r.ProviderKey });
            x.ForeignKey("FK_user_logins_users_UserId", r => r.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_user_logins_UserId", "user_logins", "UserId");
        mb.CreateTable("user_tokens", c => new
        {
            UserId = c.Column<string>(t.Text, nullable: false),
            LoginProvider = c.Column<string>(t.Text, nullable: false),
            Name = c.Column<string>(t.Text, nullable: false),
            Value = c.Column<string>(t.Text, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_user_tokens", r => new { r.UserId, r.LoginProvider, r.Name });
            x.ForeignKey("FK_user_tokens_users_UserId", r => r.UserId, "users", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    /// <summary>The store type of each kind of column on one provider.</summary>
    private sealed class Types(bool postgres)
    {
        public string Text => postgres ? "text" : "TEXT";
        public string Bool => postgres ? "boolean" : "INTEGER";
        public string Int => postgres ? "integer" : "INTEGER";
        public string Time => postgres ? "timestamp with time zone" : "TEXT";

        public string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
    }
}
