using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261205110100_OwnerAlways")]
public sealed class OwnerAlways : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => OwnerAlwaysSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => OwnerAlwaysSchema.Down(migrationBuilder, postgres: false);
}
