using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261205110000_Invitations")]
public sealed class Invitations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => InvitationsSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => InvitationsSchema.Down(migrationBuilder);
}
