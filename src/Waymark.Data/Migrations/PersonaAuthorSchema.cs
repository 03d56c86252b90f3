using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>Personas remember who saved them last, so a stale write can say who changed the persona.</summary>
internal static class PersonaAuthorSchema
{
    public static void Up(MigrationBuilder mb, bool postgres) =>
        mb.AddColumn<string>("UpdatedBy", "personas", type: postgres ? "character varying(200)" : "TEXT",
            maxLength: 200, nullable: false, defaultValue: "");

    public static void Down(MigrationBuilder mb) => mb.DropColumn("UpdatedBy", "personas");
}
