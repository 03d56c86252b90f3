using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261207100000_Images")]
public sealed class Images : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => ImagesSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => ImagesSchema.Down(migrationBuilder);
}
