namespace Waymark.Cli.Internals;

/// <summary>
/// Writes CSV (RFC 4180: a field with a quote, line break or separator is quoted, "" inside quotes) and TSV (the
/// same with tabs), as <see cref="Waymark.Analytics.Import.DelimitedReader"/> reads them back.
/// </summary>
public static class DelimitedWriter
{
    public static void WriteRow(TextWriter writer, IReadOnlyList<string> fields, char separator)
    {
        for (var k = 0; k < fields.Count; k++)
        {
            if (k > 0)
                writer.Write(separator);
            var value = fields[k];
            if (value.AsSpan().IndexOfAny(['"', '\n', '\r', separator]) >= 0)
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }
        writer.Write('\n');
    }
}
