using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261207110000_FeedbackTags")]
public sealed class FeedbackTags : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => FeedbackTagsSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => FeedbackTagsSchema.Down(migrationBuilder);
}
