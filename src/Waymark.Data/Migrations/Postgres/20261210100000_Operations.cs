using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261210100000_Operations")]
public sealed class Operations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => OperationsSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => OperationsSchema.Down(migrationBuilder);
}
