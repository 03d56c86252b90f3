using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Migrations.Sqlite;

[DbContext(typeof(SqliteWaymarkDbContext))]
[Migration("20261127000000_PersonaAuthor")]
public sealed class PersonaAuthor : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => PersonaAuthorSchema.Up(migrationBuilder, postgres: false);

    protected override void Down(MigrationBuilder migrationBuilder) => PersonaAuthorSchema.Down(migrationBuilder);
}
