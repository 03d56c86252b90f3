using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261205120000_Comments")]
public sealed class Comments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => CommentsSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => CommentsSchema.Down(migrationBuilder);
}
