using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Waymark.Data;

/// <summary>
/// Tells a save that lost a race with another writer from a save that failed for any other reason, on both
/// providers: the row changed or went (a concurrency token or a row count did not match), a key was taken in the
/// meantime (unique or primary key), or the parent row was deleted (foreign key). Anything else, such as a NOT NULL
/// or CHECK violation, is a fault in the code and is not a race.
/// </summary>
public static class WriteRaces
{
    // SQLite's extended result codes: SQLITE_CONSTRAINT_FOREIGNKEY, _PRIMARYKEY, _UNIQUE, _ROWID.
    private const int SqliteForeignKey = 787;
    private const int SqlitePrimaryKey = 1555;
    private const int SqliteUnique = 2067;
    private const int SqliteRowId = 2579;

    public static bool IsLostRace(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is DbUpdateConcurrencyException || exception.InnerException switch
        {
            SqliteException s => s.SqliteExtendedErrorCode is SqliteForeignKey or SqlitePrimaryKey or SqliteUnique or SqliteRowId,
            PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation
                or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
            _ => false,
        };
    }
}
