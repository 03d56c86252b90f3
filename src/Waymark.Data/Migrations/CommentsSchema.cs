using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Waymark.Data.Migrations;

/// <summary>Comment threads pinned on maps, their comments, and each person's inbox of mentions and replies.</summary>
internal static class CommentsSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        mb.CreateTable("comment_threads", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            AnchorKind = c.Column<string>(Chars(16), maxLength: 16, nullable: false),
            StageId = c.Column<string>(Chars(64), maxLength: 64, nullable: true),
            StepId = c.Column<string>(Chars(64), maxLength: 64, nullable: true),
            LaneId = c.Column<string>(Chars(64), maxLength: 64, nullable: true),
            AnchorLabel = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            LastActivityAt = c.Column<DateTime>(time, nullable: false),
            ResolvedAt = c.Column<DateTime>(time, nullable: true),
            ResolvedById = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            ResolvedByName = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_comment_threads", r => r.Id);
            x.ForeignKey("FK_comment_threads_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_comment_threads_MapId_LastActivityAt", "comment_threads", ["MapId", "LastActivityAt"]);
        mb.CreateIndex("IX_comment_threads_WorkspaceId", "comment_threads", "WorkspaceId");
        mb.CreateTable("comments", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            ThreadId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            AuthorId = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            AuthorName = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Body = c.Column<string>(Chars(CommentsModel.MaxBody), maxLength: CommentsModel.MaxBody, nullable: false),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            EditedAt = c.Column<DateTime>(time, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_comments", r => r.Id);
            x.ForeignKey("FK_comments_comment_threads_ThreadId", r => r.ThreadId, "comment_threads", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_comments_ThreadId_CreatedAt", "comments", ["ThreadId", "CreatedAt"]);
        CreateInbox(mb, postgres, Chars, time);
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("comment_inbox");
        mb.DropTable("comments");
        mb.DropTable("comment_threads");
    }

    private static void CreateInbox(MigrationBuilder mb, bool postgres, Func<int, string> chars, string time)
    {
        mb.CreateTable("comment_inbox", c => new
        {
            Sequence = postgres
                ? c.Column<long>("bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                : c.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            WorkspaceId = c.Column<string>(chars(64), maxLength: 64, nullable: false),
            UserId = c.Column<string>(chars(200), maxLength: 200, nullable: false),
            CommentId = c.Column<string>(chars(64), maxLength: 64, nullable: false),
            Reason = c.Column<string>(chars(16), maxLength: 16, nullable: false),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            ReadAt = c.Column<DateTime>(time, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_comment_inbox", r => r.Sequence);
            x.ForeignKey("FK_comment_inbox_comments_CommentId", r => r.CommentId, "comments", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_comment_inbox_CommentId", "comment_inbox", "CommentId");
        mb.CreateIndex("IX_comment_inbox_UserId_CommentId", "comment_inbox", ["UserId", "CommentId"], unique: true);
        mb.CreateIndex("IX_comment_inbox_WorkspaceId_UserId_Sequence", "comment_inbox", ["WorkspaceId", "UserId", "Sequence"]);
    }
}
