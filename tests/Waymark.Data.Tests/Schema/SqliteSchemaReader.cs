using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Waymark.Data.Tests.Schema;

/// <summary>Reads the real schema of a SQLite database through sqlite_master and the table pragmas.</summary>
internal static class SqliteSchemaReader
{
    public static async Task<SortedSet<string>> LinesAsync(WaymarkDbContext context)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND substr(name, 1, 4) <> '__EF'");
        foreach (var row in tables)
        {
            var table = (string)row[0]!;
            var pk = new List<(long Order, string Name)>();
            foreach (var col in await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")"))
            {
                lines.Add(SchemaLine.Column(table, (string)col[1]!, (string)col[2]!, (long)col[3]! == 0 && (long)col[5]! == 0));
                if ((long)col[5]! > 0)
                {
                    pk.Add(((long)col[5]!, (string)col[1]!));
                }
            }

            lines.Add(SchemaLine.PrimaryKey(table, pk.OrderBy(p => p.Order).Select(p => p.Name)));
            await AddIndexesAsync(connection, table, lines);
            foreach (var fk in await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
            {
                lines.Add(SchemaLine.ForeignKey(table, [(string)fk[3]!], (string)fk[2]!, (string)fk[6]!));
            }
        }

        return lines;
    }

    private static async Task AddIndexesAsync(DbConnection connection, string table, SortedSet<string> lines)
    {
        foreach (var index in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
        {
            var name = (string)index[1]!;
            if (name.StartsWith("sqlite_autoindex", StringComparison.Ordinal))
            {
                continue;
            }

            var columns = (await QueryAsync(connection, $"PRAGMA index_info(\"{name}\")"))
                .OrderBy(c => (long)c[0]!).Select(c => (string)c[2]!);
            lines.Add(SchemaLine.Index(table, name, columns, (long)index[2]! == 1));
        }
    }

    internal static async Task<List<object?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }
}
