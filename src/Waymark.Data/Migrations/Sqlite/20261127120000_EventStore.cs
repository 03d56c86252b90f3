using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261127120000_EventStore")]
public sealed class EventStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => EventStoreSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => EventStoreSchema.Down(migrationBuilder);
}
