using System.Buffers;
using System.Text;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// Values to and from ClickHouse's text: string literals inside SQL and fields of the TabSeparated format (both
/// escape with backslashes; \N is NULL in TabSeparated). Every value Waymark sends goes through here: ClickHouse 18.16
/// has no query parameters, so nothing a user typed reaches SQL unescaped.
/// </summary>
internal static class ClickHouseText
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("\\'\t\n\r\b\f\0");

    /// <summary>Appends one TabSeparated field as UTF-8 (\N for null); text with nothing to escape is encoded as it is.</summary>
    public static void AppendField(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            buffer.Write("\\N"u8);
            return;
        }

        var text = value.AsSpan().ContainsAny(Escaped) ? Escape(value) : value;
        var written = Encoding.UTF8.GetBytes(text, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        buffer.Advance(written);
    }

    /// <summary>Appends a number as UTF-8 digits.</summary>
    public static void AppendNumber(ArrayBufferWriter<byte> buffer, long value)
    {
        value.TryFormat(buffer.GetSpan(20), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        buffer.Advance(written);
    }

    /// <summary>The SQL condition that selects one source's rows.</summary>
    public static string SourceFilter(EventSourceKey source) =>
        $"workspace_id = {Literal(source.WorkspaceId)} AND source_id = {Literal(source.SourceId)}";

    /// <summary>A quoted SQL string literal: 'it\'s'.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        Escape(builder, value);
        return builder.Append('\'').ToString();
    }

    /// <summary>Appends one TabSeparated field (\N for null).</summary>
    public static void AppendField(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("\\N");
        }
        else
        {
            Escape(builder, value);
        }
    }

    /// <summary>Appends one TabSeparated row: the fields escaped, tab-separated, ended by a newline.</summary>
    public static void AppendRow(StringBuilder builder, params ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\t');
            }

            AppendField(builder, fields[i]);
        }

        builder.Append('\n');
    }

    /// <summary>Splits one TabSeparated row into its fields, unescaped (null for \N).</summary>
    public static string?[] ParseRow(string line, int columns)
    {
        var fields = new string?[columns];
        var field = 0;
        var builder = new StringBuilder();
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] == '\t')
            {
                if (field == columns)
                {
                    throw Malformed(line, columns);
                }

                var text = builder.ToString();
                fields[field++] = text == "\\N" ? null : Unescape(text);
                builder.Clear();
                continue;
            }

            builder.Append(line[i]);
        }

        return field == columns ? fields : throw Malformed(line, columns);
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                builder.Append(field[i]);
                continue;
            }

            var next = field[++i];
            builder.Append(next switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '0' => '\0',
                'a' => '\a',
                'v' => '\v',
                _ => next,
            });
        }

        return builder.ToString();
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        Escape(builder, value);
        return builder.ToString();
    }

    private static void Escape(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\'': builder.Append("\\'"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\0': builder.Append("\\0"); break;
                default: builder.Append(c); break;
            }
        }
    }

    private static InvalidDataException Malformed(string line, int columns) => new(
        $"ClickHouse answered a row that is not {columns} tab-separated fields (an error in the middle of the answer?): {line[..Math.Min(line.Length, 500)]}");
}
