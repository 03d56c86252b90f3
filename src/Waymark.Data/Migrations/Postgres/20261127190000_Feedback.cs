using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261127190000_Feedback")]
public sealed class Feedback : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => FeedbackSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => FeedbackSchema.Down(migrationBuilder);
}
