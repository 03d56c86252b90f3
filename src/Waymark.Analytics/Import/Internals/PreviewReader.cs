using System.Text.Json;
using Waymark.Core.Text;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Reads the start of a CSV or NDJSON file (possibly cut mid-line) into a preview table; XES goes to
/// <see cref="XesPreviewReader"/>. The role guesses use the importer's own recognised names.
/// </summary>
internal static class PreviewReader
{
    public static ImportPreview Csv(string text, char delimiter, int maxRows) =>
        CsvTable(text, delimiter, maxRows) is { } t
            ? WithGuesses(ImportFormat.Csv, t.Delimiter, t.Columns, t.Rows, t.Notes)
            : Empty(ImportFormat.Csv, "The file is empty: a CSV needs a header row.");

    public static ImportPreview Ndjson(string text, int maxRows)
    {
        var t = NdjsonTable(text, maxRows);
        return WithGuesses(ImportFormat.Ndjson, null, t.Columns, t.Rows, t.Notes);
    }

    /// <summary>The header and first rows of a CSV as text (null when there is no header), for any kind of preview.</summary>
    public static PreviewTable? CsvTable(string text, char delimiter, int maxRows)
    {
        var reader = new TextRecordReader(new StringReader(text), ImportOptions.DefaultMaxLineLength, quoteAware: true);
        if (!reader.TryRead(out var header))
        {
            return null;
        }

        var used = delimiter != '\0' ? delimiter : CsvEventReader.DetectDelimiter(header, ',');
        var splitter = new CsvSplitter();
        var columns = Split(splitter, header, used).Select(c => c.Trim().TrimStart('\uFEFF')).ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (rows.Count < maxRows && reader.TryRead(out var record))
        {
            if (!record.IsWhiteSpace())
            {
                rows.Add(Split(splitter, record, used));
            }
        }

        var notes = new List<string>();
        if (columns.Count == 1)
        {
            notes.Add("The header has a single column: the file may use a delimiter other than , ; or tab.");
        }

        return new PreviewTable(used, columns, rows, notes);
    }

    /// <summary>The members of the first objects of an NDJSON text as a table (member names in order of appearance).</summary>
    public static PreviewTable NdjsonTable(string text, int maxRows)
    {
        var columns = new List<string>();
        var objects = new List<Dictionary<string, string>>();
        var notes = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length && objects.Count < maxRows; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var (row, bad) = ReadObject(lines[i], columns);
            if (row is null)
            {
                notes.Add($"Line {i + 1} is not a JSON object; it will be reported as a rejected row.");
                continue;
            }

            objects.Add(row);
            if (bad is not null)
            {
                notes.Add($"Line {i + 1}: {(bad.Length == 0 ? "a member" : bad)} {Utf16Text.Problem}; it is shown with \uFFFD and will be reported as a rejected row.");
            }
        }

        var rows = objects.Select(o => (IReadOnlyList<string>)columns.Select(c => o.GetValueOrDefault(c, "")).ToList()).ToList();
        return new PreviewTable(null, columns, rows, notes);
    }

    internal static ImportPreview WithGuesses(ImportFormat format, char? delimiter, List<string> columns, List<IReadOnlyList<string>> rows, List<string> notes)
    {
        string? Guess(string[] known) => ColumnNames.Find(columns, null, known) is var i and >= 0 ? columns[i] : null;
        // A role left open is a null guess, not a note: the notes are about the file's content, and what the mapping
        // still lacks is said by the client from the mapping as the person changes it (a note would go stale).
        return new ImportPreview(format, delimiter, columns, rows,
            Guess(ColumnNames.Customer), Guess(ColumnNames.Activity), Guess(ColumnNames.Timestamp), Guess(ColumnNames.Channel), notes);
    }

    /// <summary>A preview's table: the delimiter used (CSV), the columns, the first rows and notes on the text.</summary>
    internal sealed record PreviewTable(char? Delimiter, List<string> Columns, List<IReadOnlyList<string>> Rows, List<string> Notes);

    internal static ImportPreview Empty(ImportFormat format, string note) => new(format, null, [], [], null, null, null, null, [note]);

    private static List<string> Split(CsvSplitter splitter, ReadOnlySpan<char> record, char delimiter)
    {
        if (splitter.Split(record, delimiter, out _) is not null)
        {
            return [record.ToString()];
        }

        var fields = new List<string>(splitter.Count);
        for (var i = 0; i < splitter.Count; i++)
        {
            fields.Add(splitter.Field(record, i).ToString());
        }

        return fields;
    }

    /// <summary>The object's members as text (what is not text shown repaired) and the path of the first bad string, or a null row.</summary>
    private static (Dictionary<string, string>? Row, string? Bad) ReadObject(string line, List<string> columns)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in doc.RootElement.EnumerateObject())
            {
                var name = JsonText.NameRepaired(member, out _);
                if (!columns.Contains(name))
                {
                    columns.Add(name);
                }

                row[name] = member.Value.ValueKind == JsonValueKind.String ? JsonText.ReadRepaired(member.Value, out _) : member.Value.GetRawText();
            }

            return (row, JsonText.FindInvalid(doc.RootElement));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
