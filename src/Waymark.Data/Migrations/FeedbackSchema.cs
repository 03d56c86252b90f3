using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Waymark.Data.Migrations;

/// <summary>The feedback table: what customers said (scores and texts), append-only with a sequence like events.</summary>
internal static class FeedbackSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var text = postgres ? "text" : "TEXT";
        mb.CreateTable("feedback", c => new
        {
            Sequence = postgres
                ? c.Column<long>("bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                : c.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            FeedbackId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            CustomerId = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            Ticks = c.Column<long>(postgres ? "bigint" : "INTEGER", nullable: false),
            StepId = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            Activity = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            ScoreType = c.Column<string>(Chars(16), maxLength: 16, nullable: true),
            Score = c.Column<double>(postgres ? "double precision" : "REAL", nullable: true),
            Text = c.Column<string>(text, nullable: true),
            Source = c.Column<string>(Chars(16), maxLength: 16, nullable: false),
            Solicited = c.Column<bool>(postgres ? "boolean" : "INTEGER", nullable: false),
            Language = c.Column<string>(Chars(35), maxLength: 35, nullable: true),
            Properties = c.Column<string>(text, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_feedback", r => r.Sequence);
            x.ForeignKey("FK_feedback_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_feedback_WorkspaceId_FeedbackId", "feedback", ["WorkspaceId", "FeedbackId"], unique: true);
        mb.CreateIndex("IX_feedback_WorkspaceId_Sequence", "feedback", ["WorkspaceId", "Sequence"]);
    }

    public static void Down(MigrationBuilder mb) => mb.DropTable("feedback");
}
