using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261213100000_Webhooks")]
public sealed class Webhooks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => WebhooksSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => WebhooksSchema.Down(migrationBuilder);
}
