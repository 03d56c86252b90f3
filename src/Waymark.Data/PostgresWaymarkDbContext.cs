using Microsoft.EntityFrameworkCore;

namespace Waymark.Data;

/// <summary>The PostgreSQL flavour: owns Migrations/Postgres.</summary>
public sealed class PostgresWaymarkDbContext : WaymarkDbContext
{
    public PostgresWaymarkDbContext(DbContextOptions<PostgresWaymarkDbContext> options)
        : base(options)
    {
    }
}
