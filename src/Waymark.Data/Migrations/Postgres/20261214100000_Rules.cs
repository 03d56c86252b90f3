using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261214100000_Rules")]
public sealed class Rules : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => RulesSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => RulesSchema.Down(migrationBuilder);
}
