using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>
/// Event sources (docs/adr/042-sources-data-sources.md): a table of sources, and a source on every event, customer
/// attribute, API key and map. Each workspace gets one source, "Events", that takes all its existing rows and maps, so
/// every figure stays what it was. The indexes keep their count and lead with the workspace (they still serve its
/// foreign key), so an insert keeps up the same two indexes as before.
/// </summary>
internal static class SourcesSchema
{
    /// <summary>The default source's id of a workspace row: fixed, so every table can be moved without a join.</summary>
    private const string DefaultId = "'src_' || substr(\"WorkspaceId\", 1, 60)";

    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        mb.CreateTable("event_sources", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Name = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            CreatedAt = c.Column<DateTime>(postgres ? "timestamp with time zone" : "TEXT", nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_event_sources", r => r.Id);
            x.ForeignKey("FK_event_sources_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_event_sources_WorkspaceId_Name", "event_sources", ["WorkspaceId", "Name"], unique: true);
        mb.Sql("""
            INSERT INTO event_sources ("Id", "WorkspaceId", "Name", "CreatedAt")
            SELECT 'src_' || substr("Id", 1, 60), "Id", 'Events', "CreatedAt" FROM workspaces
            """);

        foreach (var table in new[] { "events", "api_keys" })
        {
            AddSource(mb, table, postgres);
        }

        mb.DropIndex("IX_events_WorkspaceId_EventId", "events");
        mb.DropIndex("IX_events_WorkspaceId_Sequence", "events");
        mb.CreateIndex("IX_events_WorkspaceId_SourceId_EventId", "events", ["WorkspaceId", "SourceId", "EventId"], unique: true);
        mb.CreateIndex("IX_events_WorkspaceId_SourceId_Sequence", "events", ["WorkspaceId", "SourceId", "Sequence"]);
        Attributes(mb, postgres);

        mb.AddColumn<string>("SourceId", "maps", Chars(64), maxLength: 64, nullable: true);
        mb.Sql($"UPDATE maps SET \"SourceId\" = {DefaultId}");
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropColumn("SourceId", "maps");
        mb.DropColumn("SourceId", "api_keys");
        mb.DropTable("event_sources");
    }

    /// <summary>A required source column, filled with the workspace's default source (no default kept on PostgreSQL).</summary>
    private static void AddSource(MigrationBuilder mb, string table, bool postgres)
    {
        mb.AddColumn<string>("SourceId", table, postgres ? "character varying(64)" : "TEXT", maxLength: 64, nullable: false, defaultValue: "");
        mb.Sql($"UPDATE {table} SET \"SourceId\" = {DefaultId}");
        if (postgres)
        {
            mb.Sql($"ALTER TABLE {table} ALTER COLUMN \"SourceId\" DROP DEFAULT");
        }
    }

    /// <summary>
    /// The key of customer_attributes gains the source. PostgreSQL changes the key in place; SQLite cannot, so the
    /// table is built anew and the rows copied (no other table refers to it, no trigger is on it).
    /// </summary>
    private static void Attributes(MigrationBuilder mb, bool postgres)
    {
        mb.DropIndex("IX_customer_attributes_WorkspaceId_Sequence", "customer_attributes");
        if (postgres)
        {
            AddSource(mb, "customer_attributes", postgres);
            mb.DropPrimaryKey("PK_customer_attributes", "customer_attributes");
            mb.AddPrimaryKey("PK_customer_attributes", "customer_attributes", ["WorkspaceId", "SourceId", "CustomerId", "Key"]);
        }
        else
        {
            mb.CreateTable("customer_attributes_new", c => new
            {
                WorkspaceId = c.Column<string>("TEXT", maxLength: 64, nullable: false),
                SourceId = c.Column<string>("TEXT", maxLength: 64, nullable: false),
                CustomerId = c.Column<string>("TEXT", maxLength: 200, nullable: false),
                Key = c.Column<string>("TEXT", maxLength: 200, nullable: false),
                Value = c.Column<string>("TEXT", nullable: false),
                Sequence = c.Column<long>("INTEGER", nullable: false),
            }, constraints: x =>
            {
                x.PrimaryKey("PK_customer_attributes", r => new { r.WorkspaceId, r.SourceId, r.CustomerId, r.Key });
                x.ForeignKey("FK_customer_attributes_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
            });
            mb.Sql($"""
                INSERT INTO customer_attributes_new ("WorkspaceId", "SourceId", "CustomerId", "Key", "Value", "Sequence")
                SELECT "WorkspaceId", {DefaultId}, "CustomerId", "Key", "Value", "Sequence" FROM customer_attributes
                """);
            mb.DropTable("customer_attributes");
            mb.RenameTable("customer_attributes_new", newName: "customer_attributes");
        }

        mb.CreateIndex("IX_customer_attributes_WorkspaceId_SourceId_Sequence", "customer_attributes", ["WorkspaceId", "SourceId", "Sequence"]);
    }
}
