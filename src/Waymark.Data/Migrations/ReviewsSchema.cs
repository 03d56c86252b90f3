using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations;

/// <summary>
/// Reviews (docs/adr/046-reviews-and-one-autosave.md): the member who answers for a map, copied from its document's
/// scope.ownerId like the other metadata columns, so the inbox finds a member's overdue maps without reading documents.
/// Existing maps have no owner yet (their scope held only free text), so the column starts empty.
/// </summary>
internal static class ReviewsSchema
{
    public static void Up(MigrationBuilder mb, bool postgres) =>
        mb.AddColumn<string>("OwnerId", "maps", postgres ? "character varying(64)" : "TEXT", maxLength: 64, nullable: true);

    public static void Down(MigrationBuilder mb) => mb.DropColumn("OwnerId", "maps");
}
