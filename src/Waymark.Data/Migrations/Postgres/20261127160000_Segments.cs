using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261127160000_Segments")]
public sealed class Segments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => SegmentsSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => SegmentsSchema.Down(migrationBuilder);
}
