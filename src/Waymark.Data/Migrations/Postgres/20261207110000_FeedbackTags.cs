using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Postgres;

[DbContext(typeof(PostgresWaymarkDbContext))]
[Migration("20261207110000_FeedbackTags")]
public sealed class FeedbackTags : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => FeedbackTagsSchema.Up(migrationBuilder, postgres: true);

    protected override void Down(MigrationBuilder migrationBuilder) => FeedbackTagsSchema.Down(migrationBuilder);
}
