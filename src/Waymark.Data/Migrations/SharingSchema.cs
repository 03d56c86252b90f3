using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>Share links of maps (secrets and passcodes only as hashes), people's votes on ideas and voting settings.</summary>
internal static class SharingSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        var integer = postgres ? "integer" : "INTEGER";
        mb.CreateTable("share_links", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Access = c.Column<string>(Chars(16), maxLength: 16, nullable: false),
            Label = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            SecretHash = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            PasscodeHash = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            IncludesData = c.Column<bool>(postgres ? "boolean" : "INTEGER", nullable: false),
            ExpiresAt = c.Column<DateTime>(time, nullable: true),
            RevokedAt = c.Column<DateTime>(time, nullable: true),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            CreatedBy = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            CreatedByName = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            LastUsedAt = c.Column<DateTime>(time, nullable: true),
            Opens = c.Column<int>(integer, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_share_links", r => r.Id);
            x.ForeignKey("FK_share_links_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
            x.ForeignKey("FK_share_links_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_share_links_MapId", "share_links", "MapId");
        mb.CreateIndex("IX_share_links_WorkspaceId_MapId", "share_links", ["WorkspaceId", "MapId"]);
        mb.CreateTable("votes", c => new
        {
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            IdeaId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            VoterId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            VoterName = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Count = c.Column<int>(integer, nullable: false),
            UpdatedAt = c.Column<DateTime>(time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_votes", r => new { r.MapId, r.IdeaId, r.VoterId });
            x.ForeignKey("FK_votes_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_votes_MapId_VoterId", "votes", ["MapId", "VoterId"]);
        mb.CreateIndex("IX_votes_WorkspaceId", "votes", "WorkspaceId");
        mb.CreateTable("vote_settings", c => new
        {
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Budget = c.Column<int>(integer, nullable: true),
            UpdatedAt = c.Column<DateTime>(time, nullable: false),
            UpdatedBy = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_vote_settings", r => r.MapId);
            x.ForeignKey("FK_vote_settings_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_vote_settings_WorkspaceId", "vote_settings", "WorkspaceId");
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("vote_settings");
        mb.DropTable("votes");
        mb.DropTable("share_links");
    }
}
