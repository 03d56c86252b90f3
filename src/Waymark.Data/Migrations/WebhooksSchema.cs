using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>
/// Webhook endpoints and the delivery outbox (docs/adr/053-webhook-delivery.md). The dispatcher finds due work by
/// (State, NextAttemptAt); the delivery log pages an endpoint's rows by (EndpointId, Id), ids being time-sortable.
/// </summary>
internal static class WebhooksSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var text = postgres ? "text" : "TEXT";
        var integer = postgres ? "integer" : "INTEGER";
        var boolean = postgres ? "boolean" : "INTEGER";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        mb.CreateTable("webhook_endpoints", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Url = c.Column<string>(Chars(2000), maxLength: 2000, nullable: false),
            Description = c.Column<string>(Chars(500), maxLength: 500, nullable: false),
            Events = c.Column<string>(Chars(2000), maxLength: 2000, nullable: false),
            Enabled = c.Column<bool>(boolean, nullable: false),
            DisabledReason = c.Column<string>(Chars(500), maxLength: 500, nullable: true),
            DisabledAt = c.Column<DateTime>(time, nullable: true),
            Secret = c.Column<string>(Chars(1000), maxLength: 1000, nullable: false),
            PreviousSecret = c.Column<string>(Chars(1000), maxLength: 1000, nullable: true),
            PreviousSecretUntil = c.Column<DateTime>(time, nullable: true),
            SecretCreatedAt = c.Column<DateTime>(time, nullable: false),
            ConsecutiveFailures = c.Column<int>(integer, nullable: false),
            FirstFailureAt = c.Column<DateTime>(time, nullable: true),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            UpdatedAt = c.Column<DateTime>(time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_webhook_endpoints", r => r.Id);
            x.ForeignKey("FK_webhook_endpoints_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_webhook_endpoints_WorkspaceId", "webhook_endpoints", "WorkspaceId");
        mb.CreateTable("webhook_deliveries", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            EndpointId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            EventType = c.Column<string>(Chars(100), maxLength: 100, nullable: false),
            Body = c.Column<string>(text, nullable: false),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            State = c.Column<string>(Chars(16), maxLength: 16, nullable: false),
            StateReason = c.Column<string>(Chars(500), maxLength: 500, nullable: true),
            Attempts = c.Column<int>(integer, nullable: false),
            NextAttemptAt = c.Column<DateTime>(time, nullable: false),
            RetryFrom = c.Column<DateTime>(time, nullable: false),
            LeaseUntil = c.Column<DateTime>(time, nullable: true),
            LeaseOwner = c.Column<string>(Chars(64), maxLength: 64, nullable: true),
            LastAttemptAt = c.Column<DateTime>(time, nullable: true),
            LastStatus = c.Column<int>(integer, nullable: true),
            LastResponse = c.Column<string>(Chars(2048), maxLength: 2048, nullable: true),
            LastError = c.Column<string>(Chars(500), maxLength: 500, nullable: true),
            LastDurationMs = c.Column<int>(integer, nullable: true),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_webhook_deliveries", r => r.Id);
            x.ForeignKey("FK_webhook_deliveries_webhook_endpoints_EndpointId", r => r.EndpointId, "webhook_endpoints", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_webhook_deliveries_State_NextAttemptAt", "webhook_deliveries", ["State", "NextAttemptAt"]);
        mb.CreateIndex("IX_webhook_deliveries_EndpointId_Id", "webhook_deliveries", ["EndpointId", "Id"]);
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("webhook_deliveries");
        mb.DropTable("webhook_endpoints");
    }
}
