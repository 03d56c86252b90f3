using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>
/// Co-editing (docs/adr/043-operations-co-editing.md): each map's log of applied ops, keyed by its sequence number
/// and unique by the client's op id, and the tombstones its deletes leave (both go with their map); the map row gains the seq of the last op in its
/// document, so a reader gets both in one row.
/// </summary>
internal static class OperationsSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var bigint = postgres ? "bigint" : "INTEGER";
        mb.AddColumn<long>("OpSeq", "maps", bigint, nullable: false, defaultValue: 0L);
        if (postgres)
        {
            mb.Sql("ALTER TABLE maps ALTER COLUMN \"OpSeq\" DROP DEFAULT");
        }

        mb.CreateTable("map_operations", c => new
        {
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Seq = c.Column<long>(bigint, nullable: false),
            OpId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            AuthorId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            AuthorName = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            At = c.Column<DateTime>(postgres ? "timestamp with time zone" : "TEXT", nullable: false),
            EditJson = c.Column<string>(postgres ? "text" : "TEXT", nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_map_operations", r => new { r.MapId, r.Seq });
            x.ForeignKey("FK_map_operations_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_map_operations_MapId_OpId", "map_operations", ["MapId", "OpId"], unique: true);
        mb.CreateTable("map_tombstones", c => new
        {
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Kind = c.Column<string>(Chars(16), maxLength: 16, nullable: false),
            ItemId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Seq = c.Column<long>(bigint, nullable: false),
            AuthorName = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_map_tombstones", r => new { r.MapId, r.Kind, r.ItemId });
            x.ForeignKey("FK_map_tombstones_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("map_tombstones");
        mb.DropTable("map_operations");
        mb.DropColumn("OpSeq", "maps");
    }
}
