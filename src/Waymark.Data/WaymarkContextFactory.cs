using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Waymark.Data;

/// <summary>Creates the context for the configured provider; used by the server, the CLI and the tests alike.</summary>
public static class WaymarkContextFactory
{
    public static WaymarkDbContext Create(DatabaseOptions options) => options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteWaymarkDbContext(Configure(new DbContextOptionsBuilder<SqliteWaymarkDbContext>(), options).Options),
        DatabaseProvider.Postgres => new PostgresWaymarkDbContext(Configure(new DbContextOptionsBuilder<PostgresWaymarkDbContext>(), options).Options),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider"),
    };

    public static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, DatabaseOptions options)
        where T : DbContext
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(options.ConnectionString);
            builder.UseSqlite(options.ConnectionString).AddInterceptors(SqliteDurabilityInterceptor.Instance);
        }
        else
        {
            builder.UseNpgsql(options.ConnectionString);
        }

        // Migrations are written by hand (no design-time tools here), so there is no model snapshot to compare
        // against; MigratedSchemaTests compare the migrated database with the model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }

    /// <summary>SQLite creates the file but not its folder; the default lives under ./data.</summary>
    private static void EnsureSqliteFolder(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
