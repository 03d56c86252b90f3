using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261207120000_Topics")]
public sealed class Topics : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => TopicsSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => TopicsSchema.Down(migrationBuilder);
}
