using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261205120000_Comments")]
public sealed class Comments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => CommentsSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => CommentsSchema.Down(migrationBuilder);
}
