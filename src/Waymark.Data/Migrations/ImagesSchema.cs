using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>Images stored in a workspace: the bytes in the database, keyed by workspace and content hash.</summary>
internal static class ImagesSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        mb.CreateTable("images", c => new
        {
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            ContentType = c.Column<string>(Chars(32), maxLength: 32, nullable: false),
            Bytes = c.Column<byte[]>(postgres ? "bytea" : "BLOB", nullable: false),
            Size = c.Column<long>(postgres ? "bigint" : "INTEGER", nullable: false),
            CreatedBy = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            CreatedAt = c.Column<DateTime>(postgres ? "timestamp with time zone" : "TEXT", nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_images", r => new { r.WorkspaceId, r.Id });
            x.ForeignKey("FK_images_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    public static void Down(MigrationBuilder mb) => mb.DropTable("images");
}
