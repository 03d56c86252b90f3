using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>Saved segments, and a write sequence on customer attributes so the log cache reads only changed ones.</summary>
internal static class SegmentsSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var text = postgres ? "text" : "TEXT";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        mb.AddColumn<long>("Sequence", "customer_attributes", postgres ? "bigint" : "INTEGER", nullable: false, defaultValue: 0L);
        mb.CreateIndex("IX_customer_attributes_WorkspaceId_Sequence", "customer_attributes", ["WorkspaceId", "Sequence"]);
        mb.CreateTable("segments", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Name = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Description = c.Column<string>(text, nullable: true),
            Conditions = c.Column<string>(text, nullable: false),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            UpdatedAt = c.Column<DateTime>(time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_segments", r => r.Id);
            x.ForeignKey("FK_segments_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_segments_WorkspaceId", "segments", "WorkspaceId");
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("segments");
        mb.DropIndex("IX_customer_attributes_WorkspaceId_Sequence", "customer_attributes");
        mb.DropColumn("Sequence", "customer_attributes");
    }
}
