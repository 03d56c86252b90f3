using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261205100000_Accounts")]
public sealed class Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => AccountsSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => AccountsSchema.Down(migrationBuilder, postgres: false);
}
