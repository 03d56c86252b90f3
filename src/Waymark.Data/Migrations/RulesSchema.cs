using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>
/// Journey rules (docs/adr/054-journey-rules.md): the rules of a map, their firings (unique per rule, customer and
/// occurrence, so a replayed batch adds nothing), stall timers (found due by (State, DueAt)), the evaluator's cursors
/// per stream, and segment memberships for segment-entered rules.
/// </summary>
internal static class RulesSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        var text = postgres ? "text" : "TEXT";
        var bigint = postgres ? "bigint" : "INTEGER";
        var boolean = postgres ? "boolean" : "INTEGER";
        var time = postgres ? "timestamp with time zone" : "TEXT";
        mb.CreateTable("rules", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Name = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Enabled = c.Column<bool>(boolean, nullable: false),
            Kind = c.Column<string>(Chars(32), maxLength: 32, nullable: false),
            Definition = c.Column<string>(text, nullable: false),
            EventsAfter = c.Column<long>(bigint, nullable: false),
            FeedbackAfter = c.Column<long>(bigint, nullable: false),
            CreatedBy = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            CreatedAt = c.Column<DateTime>(time, nullable: false),
            UpdatedAt = c.Column<DateTime>(time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_rules", r => r.Id);
            x.ForeignKey("FK_rules_maps_MapId", r => r.MapId, "maps", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_rules_MapId_CreatedAt", "rules", ["MapId", "CreatedAt"]);
        mb.CreateIndex("IX_rules_Enabled_WorkspaceId", "rules", ["Enabled", "WorkspaceId"]);
        mb.CreateTable("rule_firings", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            RuleId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            CustomerId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Occurrence = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            FiredAt = c.Column<DateTime>(time, nullable: false),
            EventType = c.Column<string>(Chars(100), maxLength: 100, nullable: false),
            Detail = c.Column<string>(Chars(500), maxLength: 500, nullable: false),
            DeliveryIds = c.Column<string>(Chars(2000), maxLength: 2000, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_rule_firings", r => r.Id);
            x.ForeignKey("FK_rule_firings_rules_RuleId", r => r.RuleId, "rules", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_rule_firings_RuleId_CustomerId_Occurrence", "rule_firings", ["RuleId", "CustomerId", "Occurrence"], unique: true);
        mb.CreateIndex("IX_rule_firings_RuleId_Id", "rule_firings", ["RuleId", "Id"]);
        mb.CreateIndex("IX_rule_firings_RuleId_CustomerId_FiredAt", "rule_firings", ["RuleId", "CustomerId", "FiredAt"]);
        mb.CreateTable("rule_timers", c => new
        {
            Id = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            RuleId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            MapId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            CustomerId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            ArmedBy = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            StartedAt = c.Column<DateTime>(time, nullable: false),
            DueAt = c.Column<DateTime>(time, nullable: false),
            State = c.Column<string>(Chars(16), maxLength: 16, nullable: false),
            LeaseUntil = c.Column<DateTime>(time, nullable: true),
            LeaseOwner = c.Column<string>(Chars(64), maxLength: 64, nullable: true),
            Event = c.Column<string>(text, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_rule_timers", r => r.Id);
            x.ForeignKey("FK_rule_timers_rules_RuleId", r => r.RuleId, "rules", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_rule_timers_RuleId_CustomerId_ArmedBy", "rule_timers", ["RuleId", "CustomerId", "ArmedBy"], unique: true);
        mb.CreateIndex("IX_rule_timers_State_DueAt", "rule_timers", ["State", "DueAt"]);
        mb.CreateIndex("IX_rule_timers_RuleId_CustomerId_State", "rule_timers", ["RuleId", "CustomerId", "State"]);
        mb.CreateTable("rule_cursors", c => new
        {
            Stream = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Sequence = c.Column<long>(bigint, nullable: false),
            UpdatedAt = c.Column<DateTime>(time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_rule_cursors", r => r.Stream);
            x.ForeignKey("FK_rule_cursors_workspaces_WorkspaceId", r => r.WorkspaceId, "workspaces", "Id", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_rule_cursors_WorkspaceId", "rule_cursors", "WorkspaceId");
        mb.CreateTable("rule_segment_members", c => new
        {
            RuleId = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            CustomerId = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Member = c.Column<bool>(boolean, nullable: false),
            UpdatedAt = c.Column<DateTime>(time, nullable: false),
        }, constraints: x =>
        {
            x.PrimaryKey("PK_rule_segment_members", r => new { r.RuleId, r.CustomerId });
            x.ForeignKey("FK_rule_segment_members_rules_RuleId", r => r.RuleId, "rules", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    public static void Down(MigrationBuilder mb)
    {
        mb.DropTable("rule_segment_members");
        mb.DropTable("rule_cursors");
        mb.DropTable("rule_timers");
        mb.DropTable("rule_firings");
        mb.DropTable("rules");
    }
}
