using Microsoft.EntityFrameworkCore;

namespace Waymark.Data;

/// <summary>The SQLite flavour: owns Migrations/Sqlite.</summary>
public sealed class SqliteWaymarkDbContext : WaymarkDbContext
{
    public SqliteWaymarkDbContext(DbContextOptions<SqliteWaymarkDbContext> options)
        : base(options)
    {
    }
}
