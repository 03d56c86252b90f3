using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Waymark.Data.EventStores;

/// <summary>Row reading and SQL shared by the relational stores (quoted names: PostgreSQL keeps their case).</summary>
internal static class EventRows
{
    public const string ActivitiesSql = """
        SELECT "Activity", COUNT(*), COUNT(DISTINCT "CustomerId") FROM events WHERE "WorkspaceId" = @w AND "SourceId" = @src
        GROUP BY "Activity" ORDER BY COUNT(*) DESC, "Activity"
        """;

    public const string ReadSinceSql = """
        SELECT "Sequence", "CustomerId", "Ticks", "Activity", "Channel", "Properties" FROM events
        WHERE "WorkspaceId" = @w AND "SourceId" = @src AND "Sequence" > @s ORDER BY "Sequence"
        """;

    public const string LastSequenceSql = """
        SELECT COALESCE(MAX("Sequence"), 0) FROM events WHERE "WorkspaceId" = @w AND "SourceId" = @src
        """;

    public const string HasDataSql = """
        SELECT CASE WHEN EXISTS (SELECT 1 FROM events WHERE "WorkspaceId" = @w AND "SourceId" = @src)
          OR EXISTS (SELECT 1 FROM customer_attributes WHERE "WorkspaceId" = @w AND "SourceId" = @src) THEN 1 ELSE 0 END
        """;

    public const string ReadAttributesSql = """
        SELECT "CustomerId", "Key", "Value" FROM customer_attributes WHERE "WorkspaceId" = @w AND "SourceId" = @src ORDER BY "CustomerId", "Key"
        """;

    public const string ReadAttributesSinceSql = """
        SELECT "Sequence", "CustomerId", "Key", "Value" FROM customer_attributes
        WHERE "WorkspaceId" = @w AND "SourceId" = @src AND "Sequence" > @s ORDER BY "Sequence", "CustomerId", "Key"
        """;

    public const string NextAttributeSequenceSql = """
        SELECT COALESCE(MAX("Sequence"), 0) + 1 FROM customer_attributes WHERE "WorkspaceId" = @w AND "SourceId" = @src
        """;

    /// <summary>
    /// A workspace's events and attributes. Deleting the workspace's row cascades to them too; this is for a store
    /// asked directly (the same call ClickHouse needs, which has no foreign keys).
    /// </summary>
    public const string DeleteWorkspaceSql = """
        DELETE FROM events WHERE "WorkspaceId" = @w; DELETE FROM customer_attributes WHERE "WorkspaceId" = @w
        """;

    /// <summary>Adds the workspace (@w) and source (@src) parameters every query of a source takes.</summary>
    public static void AddSource(DbCommand command, EventSourceKey source)
    {
        Add(command, "@w", source.WorkspaceId);
        Add(command, "@src", source.SourceId);
    }

    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The last value given for each (customer, key): an upsert may touch a row only once per statement.</summary>
    public static List<CustomerAttribute> LastWins(IReadOnlyList<CustomerAttribute> attributes)
    {
        var index = new Dictionary<(string, string), int>();
        var rows = new List<CustomerAttribute>(attributes.Count);
        foreach (var a in attributes)
        {
            if (index.TryGetValue((a.CustomerId, a.Key), out var at))
            {
                rows[at] = a;
            }
            else
            {
                index[(a.CustomerId, a.Key)] = rows.Count;
                rows.Add(a);
            }
        }

        return rows;
    }

    public static async IAsyncEnumerable<CustomerAttribute> ReadAttributesAsync(DbCommand command, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return new CustomerAttribute(reader.GetString(0), reader.GetString(1), reader.GetString(2));
        }
    }

    public static async IAsyncEnumerable<StoredAttribute> ReadStoredAttributesAsync(DbCommand command, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return new StoredAttribute(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }
    }

    public static StoredEvent Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2),
        reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5));

    public static async Task<IReadOnlyList<ActivityCount>> ReadActivitiesAsync(DbCommand command, CancellationToken ct)
    {
        var rows = new List<ActivityCount>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(new ActivityCount(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return rows;
    }
}
