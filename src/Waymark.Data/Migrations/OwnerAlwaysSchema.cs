using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>
/// A workspace keeps at least one owner, enforced by the database so that no race can break it: two owners demoting
/// each other (or leaving) at the same moment must leave one. A trigger after each change of an owner's row refuses
/// the change when no owner is left, unless the workspace itself is being deleted (its members go with it).
/// On PostgreSQL the trigger first locks the workspace's row, so concurrent changes to one workspace's owners take
/// turns and each counts the owners the others left; SQLite has one writer at a time already.
/// </summary>
internal static class OwnerAlwaysSchema
{
    private const string Message = LastOwner.Message;

    public static void Up(MigrationBuilder mb, bool postgres)
    {
        if (postgres)
        {
            mb.Sql($$"""
                CREATE FUNCTION workspace_members_keep_owner() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF OLD."Role" = 'owner' AND (TG_OP = 'DELETE' OR NEW."Role" <> 'owner' OR NEW."WorkspaceId" <> OLD."WorkspaceId") THEN
                    PERFORM 1 FROM workspaces WHERE "Id" = OLD."WorkspaceId" FOR UPDATE;
                    IF FOUND AND NOT EXISTS (SELECT 1 FROM workspace_members WHERE "WorkspaceId" = OLD."WorkspaceId" AND "Role" = 'owner') THEN
                      RAISE EXCEPTION '{{Message}}' USING ERRCODE = '23514';
                    END IF;
                  END IF;
                  RETURN NULL;
                END $$;
                CREATE TRIGGER workspace_members_keep_owner AFTER UPDATE OR DELETE ON workspace_members
                FOR EACH ROW EXECUTE FUNCTION workspace_members_keep_owner();
                """);
            return;
        }

        const string noOwnerLeft = "EXISTS (SELECT 1 FROM workspaces WHERE \"Id\" = OLD.\"WorkspaceId\") " +
            "AND NOT EXISTS (SELECT 1 FROM workspace_members WHERE \"WorkspaceId\" = OLD.\"WorkspaceId\" AND \"Role\" = 'owner')";
        mb.Sql($"""
            CREATE TRIGGER workspace_members_keep_owner_update AFTER UPDATE ON workspace_members
            WHEN OLD."Role" = 'owner' AND {noOwnerLeft}
            BEGIN SELECT RAISE(ABORT, '{Message}'); END;
            """);
        mb.Sql($"""
            CREATE TRIGGER workspace_members_keep_owner_delete AFTER DELETE ON workspace_members
            WHEN OLD."Role" = 'owner' AND {noOwnerLeft}
            BEGIN SELECT RAISE(ABORT, '{Message}'); END;
            """);
    }

    public static void Down(MigrationBuilder mb, bool postgres)
    {
        if (postgres)
        {
            mb.Sql("DROP TRIGGER IF EXISTS workspace_members_keep_owner ON workspace_members; DROP FUNCTION IF EXISTS workspace_members_keep_owner();");
            return;
        }

        mb.Sql("DROP TRIGGER IF EXISTS workspace_members_keep_owner_update; DROP TRIGGER IF EXISTS workspace_members_keep_owner_delete;");
    }
}
