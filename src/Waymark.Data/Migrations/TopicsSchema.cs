using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>A workspace's topic curation: one row per curated phrase (label, merged into, hidden).</summary>
internal static class TopicsSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        mb.CreateTable("topic_rules", c => new
        {
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Phrase = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Label = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            MergedInto = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            Hidden = c.Column<bool>(postgres ? "boolean" : "INTEGER", nullable: false),
            UpdatedAt = c.Column<DateTime>(postgres ? "timestamp with time zone" : "TEXT", nullable: false),
            UpdatedBy = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_topic_rules", r => new { r.WorkspaceId, r.Phrase });
            x.ForeignKey("FK_topic_rules_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    public static void Down(MigrationBuilder mb) => mb.DropTable("topic_rules");
}
