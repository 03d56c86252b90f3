using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261127160000_Segments")]
public sealed class Segments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => SegmentsSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => SegmentsSchema.Down(migrationBuilder);
}
