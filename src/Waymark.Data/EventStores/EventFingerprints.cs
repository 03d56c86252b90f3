using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Waymark.Data.EventStores;

/// <summary>The fingerprint of a source's rows (<see cref="IEventStoreFingerprint"/>) for the relational stores.</summary>
internal static class EventFingerprints
{
    // The first event by the (workspace, source, sequence) index, the last read by the primary key: two lookups.
    private const string RowsSql = """
        SELECT "Sequence", "EventId", "CustomerId", "Ticks", "Activity", "Channel", "Properties" FROM events
        WHERE "WorkspaceId" = @w AND "SourceId" = @src
          AND "Sequence" IN ((SELECT MIN("Sequence") FROM events WHERE "WorkspaceId" = @w AND "SourceId" = @src), @s)
        ORDER BY "Sequence"
        """;

    private const string LastAttributeSql = """
        SELECT COALESCE(MAX("Sequence"), -1) FROM customer_attributes WHERE "WorkspaceId" = @w AND "SourceId" = @src
        """;

    public static async Task<string?> ComputeAsync(DbConnection connection, string kind, EventSourceKey source, long lastSequence, long lastAttributeSequence, CancellationToken ct)
    {
        if (lastSequence <= 0)
        {
            return null;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = LastAttributeSql;
        EventRows.AddSource(command, source);
        var lastAttribute = Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (lastAttribute < lastAttributeSequence)
        {
            return null;
        }

        command.CommandText = RowsSql;
        EventRows.Add(command, "@s", lastSequence);
        var content = new StringBuilder(kind);
        long? last = null;
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            last = reader.GetInt64(0);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                content.Append('\u001f').Append(reader.IsDBNull(i) ? "\u0000" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
            }
        }

        return last == lastSequence
            ? kind + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())).AsSpan(0, 16))
            : null;
    }
}
