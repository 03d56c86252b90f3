using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Waymark.Data.Migrations;

/// <summary>The event store (events, customer attributes) and ingestion API keys; docs/adr/005-event-store.md.</summary>
internal static class EventStoreSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var text = postgres ? "text" : "TEXT";
        var int64 = postgres ? "bigint" : "INTEGER";
        mb.CreateTable("events", c => new
        {
            Sequence = postgres
                ? c.Column<long>("bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                : c.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            EventId = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            CustomerId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Ticks = c.Column<long>(int64, nullable: false),
            Activity = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Channel = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            Properties = c.Column<string>(text, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_events", r => r.Sequence);
            x.ForeignKey("FK_events_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });

        mb.CreateTable("customer_attributes", c => new
        {
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            CustomerId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Key = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Value = c.Column<string>(text, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_customer_attributes", r => new { r.WorkspaceId, r.CustomerId, r.Key });
            x.ForeignKey("FK_customer_attributes_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });

        mb.CreateTable("api_keys", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Name = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Prefix = c.Column<string>(Chars(32), maxLength: 32, nullable: false),
            Hash = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            CreatedAt = c.Column<DateTime>(postgres ? "timestamp with time zone" : "TEXT", nullable: false),
            RevokedAt = c.Column<DateTime>(postgres ? "timestamp with time zone" : "TEXT", nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_api_keys", r => r.Id);
            x.ForeignKey("FK_api_keys_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });

        mb.CreateIndex("IX_events_WorkspaceId_EventId", "events", ["WorkspaceId", "EventId"], unique: true);
        mb.CreateIndex("IX_events_WorkspaceId_Sequence", "events", ["WorkspaceId", "Sequence"]);
        mb.CreateIndex("IX_api_keys_Prefix", "api_keys", "Prefix", unique: true);
        mb.CreateIndex("IX_api_keys_WorkspaceId", "api_keys", "WorkspaceId");
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("api_keys");
        mb.DropTable("customer_attributes");
        mb.DropTable("events");
    }
}
