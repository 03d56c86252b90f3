using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>Invitations to join a workspace with a role, by link or by email; the secret is stored hashed.</summary>
internal static class InvitationsSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        mb.CreateTable("invitations", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Role = c.Column<string>(Chars(16), maxLength: 16, nullable: false),
            TokenHash = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Email = c.Column<string>(Chars(320), maxLength: 320, nullable: true),
            CreatedBy = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            ExpiresAt = c.Column<DateTime>(time, nullable: false),
            AcceptedBy = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            AcceptedAt = c.Column<DateTime>(time, nullable: true),
            RevokedAt = c.Column<DateTime>(time, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_invitations", r => r.Id);
            x.ForeignKey("FK_invitations_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_invitations_WorkspaceId", "invitations", "WorkspaceId");
    }

    public static void Down(MigrationBuilder mb) => mb.DropTable("invitations");
}
