using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Waymark.Data.Migrations;

/// <summary>
/// The first schema, written by hand (no EF design tools on this machine). Both providers share the shape and
/// differ only in column types; MigratedSchemaTests check the result against the model on both. Never edit this
/// after release: later changes are new migrations.
/// </summary>
internal static class InitialSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        var t = new ColumnTypes(postgres);
        mb.CreateTable("workspaces", c => new
        {
            Id = c.Column<string>(t.Chars(64), maxLength: 64, nullable: false),
            Name = c.Column<string>(t.Chars(200), maxLength: 200, nullable: false),
            Description = c.Column<string>(t.Text, nullable: true),
            CreatedAt = c.Column<DateTime>(t.Timestamp, nullable: false),
            UpdatedAt = c.Column<DateTime>(t.Timestamp, nullable: false),
            Version = c.Column<int>(t.Int, nullable: false),
        }, constraints: x => x.PrimaryKey("PK_workspaces", r => r.Id));

        mb.CreateTable("maps", c => new
        {
            Id = c.Column<string>(t.Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(t.Chars(64), maxLength: 64, nullable: false),
            Name = c.Column<string>(t.Text, nullable: false),
            Kind = c.Column<string>(t.Chars(32), maxLength: 32, nullable: false),
            Description = c.Column<string>(t.Text, nullable: true),
            StageCount = c.Column<int>(t.Int, nullable: false),
            StepCount = c.Column<int>(t.Int, nullable: false),
            PersonaNames = c.Column<string>(t.Text, nullable: false),
            BasedOnMapId = c.Column<string>(t.Chars(64), maxLength: 64, nullable: true),
            ReviewBy = c.Column<DateOnly>(t.Date, nullable: true),
            CreatedAt = c.Column<DateTime>(t.Timestamp, nullable: false),
            UpdatedAt = c.Column<DateTime>(t.Timestamp, nullable: false),
            UpdatedBy = c.Column<string>(t.Chars(200), maxLength: 200, nullable: false),
            Version = c.Column<int>(t.Int, nullable: false),
            Document = c.Column<string>(t.Text, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_maps", r => r.Id);
            x.ForeignKey("FK_maps_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });

        mb.CreateTable("personas", c => new
        {
            Id = c.Column<string>(t.Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(t.Chars(64), maxLength: 64, nullable: false),
            Name = c.Column<string>(t.Text, nullable: false),
            UpdatedAt = c.Column<DateTime>(t.Timestamp, nullable: false),
            Version = c.Column<int>(t.Int, nullable: false),
            Document = c.Column<string>(t.Text, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_personas", r => r.Id);
            x.ForeignKey("FK_personas_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });

        CreateRevisions(mb, t);
        CreateIndexes(mb);
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("map_revisions");
        mb.DropTable("personas");
        mb.DropTable("maps");
        mb.DropTable("workspaces");
    }

    private static void CreateRevisions(MigrationBuilder mb, ColumnTypes t)
    {
        mb.CreateTable("map_revisions", c => new
        {
            Id = t.Postgres
                ? c.Column<long>("bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                : c.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            MapId = c.Column<string>(t.Chars(64), maxLength: 64, nullable: false),
            Number = c.Column<int>(t.Int, nullable: false),
            Author = c.Column<string>(t.Chars(200), maxLength: 200, nullable: false),
            CreatedAt = c.Column<DateTime>(t.Timestamp, nullable: false),
            Summary = c.Column<string>(t.Chars(500), maxLength: 500, nullable: false),
            Document = c.Column<string>(t.Text, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_map_revisions", r => r.Id);
            x.ForeignKey("FK_map_revisions_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    private static void CreateIndexes(MigrationBuilder mb)
    {
        mb.CreateIndex("IX_map_revisions_MapId_Number", "map_revisions", ["MapId", "Number"], unique: true);
        mb.CreateIndex("IX_maps_ReviewBy", "maps", "ReviewBy");
        mb.CreateIndex("IX_maps_WorkspaceId_Kind", "maps", ["WorkspaceId", "Kind"]);
        mb.CreateIndex("IX_maps_WorkspaceId_UpdatedAt", "maps", ["WorkspaceId", "UpdatedAt"]);
        mb.CreateIndex("IX_personas_WorkspaceId_Name", "personas", ["WorkspaceId", "Name"]);
    }

    private sealed record ColumnTypes(bool Postgres)
    {
        public string Text => Postgres ? "text" : "TEXT";
        public string Int => Postgres ? "integer" : "INTEGER";
        public string Timestamp => Postgres ? "timestamp with time zone" : "TEXT";
        public string Date => Postgres ? "date" : "TEXT";

        public string Chars(int length) => Postgres ? $"character varying({length})" : "TEXT";
    }
}
