using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>
/// Map history (docs/adr/048-map-history.md): revisions record the op seq they were written at (the snapshots the
/// map at any seq is rebuilt from), an op records the seq it restored, and a map's named versions get a table that
/// goes with the map. A map no op has touched yet (OpSeq 0) gets its newest revision marked as its snapshot at 0,
/// since that revision is the document the log starts from; older maps' revisions stay unmarked (nothing ties them
/// to a seq), so their history starts at their next snapshot.
/// </summary>
internal static class HistorySchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var bigint = postgres ? "bigint" : "INTEGER";
        mb.AddColumn<long>("OpSeq", "map_revisions", bigint, nullable: true);
        mb.AddColumn<long>("RestoredFrom", "map_operations", bigint, nullable: true);
        mb.Sql("""
            UPDATE map_revisions SET "OpSeq" = 0
            WHERE "Id" IN (SELECT r."Id" FROM map_revisions r JOIN maps m ON m."Id" = r."MapId"
                           WHERE m."OpSeq" = 0 AND r."Number" = (SELECT MAX(n."Number") FROM map_revisions n WHERE n."MapId" = r."MapId"))
            """);
        mb.CreateTable("map_versions", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Seq = c.Column<long>(bigint, nullable: false),
            Name = c.Column<string>(Chars(100), maxLength: 100, nullable: false),
            CreatedById = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            CreatedByName = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            CreatedAt = c.Column<DateTime>(postgres ? "timestamp with time zone" : "TEXT", nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_map_versions", r => r.Id);
            x.ForeignKey("FK_map_versions_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_map_versions_MapId_Seq", "map_versions", ["MapId", "Seq"]);
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("map_versions");
        mb.DropColumn("RestoredFrom", "map_operations");
        mb.DropColumn("OpSeq", "map_revisions");
    }
}
