using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Waymark.Data.Migrations;

/// <summary>
/// The audit trail: insert-only. Triggers refuse every update and delete, so no code path (and no bug in one) can
/// rewrite what happened; only dropping the table removes lines.
/// </summary>
internal static class AuditSchema
{
    public static void Up(MigrationBuilder mb, bool postgres)
    {
        string Chars(int n) => postgres ? $"character varying({n})" : "TEXT";
        mb.CreateTable("audit_events", c => new
        {
            Sequence = postgres
                ? c.Column<long>("bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                : c.Column<long>("INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
            WorkspaceId = c.Column<string>(Chars(64), maxLength: 64, nullable: true),
            ActorId = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            ActorName = c.Column<string>(Chars(200), maxLength: 200, nullable: false),
            Action = c.Column<string>(Chars(64), maxLength: 64, nullable: false),
            Target = c.Column<string>(Chars(200), maxLength: 200, nullable: true),
            Detail = c.Column<string>(Chars(2000), maxLength: 2000, nullable: true),
            At = c.Column<DateTime>(postgres ? "timestamp with time zone" : "TEXT", nullable: false),
        }, constraints: x => x.PrimaryKey("PK_audit_events", r => r.Sequence));
        mb.CreateIndex("IX_audit_events_WorkspaceId_Sequence", "audit_events", ["WorkspaceId", "Sequence"]);
        if (postgres)
        {
            mb.Sql("""
                CREATE FUNCTION audit_events_refuse() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_refuse();
                """);
        }
        else
        {
            mb.Sql("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;");
            mb.Sql("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;");
        }
    }

    public static void Down(MigrationBuilder mb, bool postgres)
    {
        mb.DropTable("audit_events");
        if (postgres)
        {
            mb.Sql("DROP FUNCTION IF EXISTS audit_events_refuse();");
        }
    }
}
