using Microsoft.EntityFrameworkCore;

namespace Waymark.Data.Tests.Schema;

/// <summary>Reads the real schema of a PostgreSQL database through information_schema and pg_catalog.</summary>
internal static class PostgresSchemaReader
{
    private const string Columns = """
        SELECT table_name::text, column_name::text, format_type(a.atttypid, a.atttypmod), is_nullable::text
        FROM information_schema.columns c
        JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
                           AND a.attname = c.column_name
        WHERE c.table_schema = 'public' AND c.table_name <> '__EFMigrationsHistory'
        """;

    private const string Indexes = """
        SELECT t.relname::text, i.relname::text, ix.indisunique, ix.indisprimary,
               array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                                     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                                     ORDER BY k.ord), ',')
        FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> '__EFMigrationsHistory'
        """;

    private const string ForeignKeys = """
        SELECT cl.relname::text, a.attname::text, pc.relname::text, c.confdeltype::text
        FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class pc ON pc.oid = c.confrelid
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f'
        """;

    public static async Task<SortedSet<string>> LinesAsync(WaymarkDbContext context)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var r in await SqliteSchemaReader.QueryAsync(connection, Columns))
        {
            lines.Add(SchemaLine.Column((string)r[0]!, (string)r[1]!, (string)r[2]!, (string)r[3]! == "YES"));
        }

        foreach (var r in await SqliteSchemaReader.QueryAsync(connection, Indexes))
        {
            var columns = ((string)r[4]!).Split(',');
            lines.Add((bool)r[3]!
                ? SchemaLine.PrimaryKey((string)r[0]!, columns)
                : SchemaLine.Index((string)r[0]!, (string)r[1]!, columns, (bool)r[2]!));
        }

        foreach (var r in await SqliteSchemaReader.QueryAsync(connection, ForeignKeys))
        {
            var action = (string)r[3]! switch { "c" => "cascade", "r" => "restrict", "n" => "set null", _ => "no action" };
            lines.Add(SchemaLine.ForeignKey((string)r[0]!, [(string)r[1]!], (string)r[2]!, action));
        }

        return lines;
    }
}
