using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261212100000_History")]
public sealed class History : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => HistorySchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => HistorySchema.Down(migrationBuilder);
}
