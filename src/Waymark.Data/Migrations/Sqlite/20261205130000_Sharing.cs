using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261205130000_Sharing")]
public sealed class Sharing : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => SharingSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => SharingSchema.Down(migrationBuilder);
}
