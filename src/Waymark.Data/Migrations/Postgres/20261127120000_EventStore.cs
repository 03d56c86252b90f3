using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261127120000_EventStore")]
public sealed class EventStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => EventStoreSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => EventStoreSchema.Down(migrationBuilder);
}
