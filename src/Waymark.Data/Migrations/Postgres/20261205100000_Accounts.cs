using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261205100000_Accounts")]
public sealed class Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => AccountsSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => AccountsSchema.Down(migrationBuilder, postgres: true);
}
