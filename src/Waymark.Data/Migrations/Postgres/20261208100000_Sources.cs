using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261208100000_Sources")]
public sealed class Sources : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => SourcesSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => SourcesSchema.Down(migrationBuilder);
}
