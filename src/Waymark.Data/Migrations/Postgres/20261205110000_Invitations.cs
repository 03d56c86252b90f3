using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261205110000_Invitations")]
public sealed class Invitations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => InvitationsSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => InvitationsSchema.Down(migrationBuilder);
}
