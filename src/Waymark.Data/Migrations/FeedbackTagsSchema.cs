using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>The explorer's tags: one row per tag (unique name per workspace, any case) and one per tagged item.</summary>
internal static class FeedbackTagsSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        mb.CreateTable("feedback_tags", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Name = c.Column<string>(Chars(100), maxLength: 100, nullable: false),
            NameKey = c.Column<string>(Chars(100), maxLength: 100, nullable: false),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_feedback_tags", r => r.Id);
            x.ForeignKey("FK_feedback_tags_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_feedback_tags_WorkspaceId_NameKey", "feedback_tags", ["WorkspaceId", "NameKey"], unique: true);
        mb.CreateTable("feedback_item_tags", c => new
        {
            TagId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            FeedbackId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            TaggedAt = c.Column<DateTime>(time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_feedback_item_tags", r => new { r.TagId, r.FeedbackId });
            x.ForeignKey("FK_feedback_item_tags_feedback_tags_TagId", r => r.TagId, "feedback_tags", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_feedback_item_tags_WorkspaceId_FeedbackId", "feedback_item_tags", ["WorkspaceId", "FeedbackId"]);
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("feedback_item_tags");
        mb.DropTable("feedback_tags");
    }
}
