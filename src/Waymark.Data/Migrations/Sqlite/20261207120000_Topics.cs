using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261207120000_Topics")]
public sealed class Topics : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => TopicsSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => TopicsSchema.Down(migrationBuilder);
}
