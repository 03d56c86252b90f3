using System.Text;

namespace Waymark.Cli.Internals;

/// <summary>
/// CSV (RFC 4180: quoted fields, "" inside quotes, line breaks inside quotes) and TSV (the same with tabs). Rows keep
/// the line they start on, so problems can name it.
/// </summary>
public static class DelimitedText
{
    public static List<(int Line, string[] Fields)> Parse(string text, char separator, string shownName)
    {
        var rows = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0, line = 1, rowLine = 1;
        var quoted = false;
        var fieldStartLine = 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }
                if (c == '"')
                {
                    quoted = false;
                    i++;
                    if (i < text.Length && text[i] != separator && text[i] != '\n' && text[i] != '\r')
                        throw new FeedbackFileException($"{shownName}:{line}: unexpected character after a closing quote (a quote inside a quoted field is written \"\").");
                    continue;
                }
                if (c == '\n')
                    line++;
                field.Append(c);
                i++;
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                quoted = true;
                fieldStartLine = line;
                i++;
                continue;
            }
            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
                continue;
            }
            if (c is '\n' or '\r')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (!(fields.Count == 1 && fields[0].Length == 0))
                    rows.Add((rowLine, fields.ToArray()));
                fields.Clear();
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                rowLine = line;
                continue;
            }
            field.Append(c);
            i++;
        }
        if (quoted)
            throw new FeedbackFileException($"{shownName}:{fieldStartLine}: a quoted field is never closed (missing \").");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields.ToArray()));
        }
        return rows;
    }

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
