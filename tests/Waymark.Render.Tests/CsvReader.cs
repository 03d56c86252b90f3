using System.Text;

namespace Waymark.Render.Tests;

/// <summary>A strict RFC 4180 reader for the round-trip checks (quoted fields, doubled quotes, CRLF rows).</summary>
internal static class CsvReader
{
    public static List<string[]> Read(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }

            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); break;
                default: field.Append(c); break;
            }
        }

        Assert.False(quoted, "the CSV ends inside a quoted field");
        return rows;
    }

    /// <summary>Takes off the apostrophe the writer puts before a value a spreadsheet would run as a formula.</summary>
    public static string Unguard(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '@' ? value[1..] : value;
}
