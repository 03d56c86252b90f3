using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261212100000_History")]
public sealed class History : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => HistorySchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => HistorySchema.Down(migrationBuilder);
}
