using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261208100000_Sources")]
public sealed class Sources : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => SourcesSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => SourcesSchema.Down(migrationBuilder);
}
