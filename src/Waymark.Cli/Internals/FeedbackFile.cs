using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Analytics.Import;
using Waymark.Core.Text;

namespace Waymark.Cli.Internals;

/// <summary>The rows of a CSV, TSV or NDJSON feedback file and the text of each, written back with the added columns.</summary>
public sealed class FeedbackFile
{
    private static readonly JsonDocumentOptions UniqueMembers = new() { AllowDuplicateProperties = false };

    private readonly string _format;
    private readonly string[]? _header;
    private readonly List<string[]> _rows = [];
    private readonly List<JsonObject> _objects = [];
    private readonly int _textColumn;
    private readonly string _textName;

    private FeedbackFile(string format, string textName, string[]? header, int textColumn)
    {
        _format = format;
        _textName = textName;
        _header = header;
        _textColumn = textColumn;
    }

    public int Count => _format == "ndjson" ? _objects.Count : _rows.Count;

    public static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".tsv" or ".tab" => "tsv",
        ".ndjson" or ".jsonl" => "ndjson",
        _ => "csv",
    };

    public static FeedbackFile Read(string path, string format, string textColumn)
    {
        var name = Path.GetFileName(path);
        var text = Utf8File.Read(path, name);
        return format == "ndjson" ? ReadNdjson(text, name, textColumn) : ReadDelimited(text, name, format == "tsv" ? '\t' : ',', format, textColumn);
    }

    public List<string?> Texts()
    {
        if (_format == "ndjson")
            return _objects.Select(o => o[_textName] is JsonValue v && v.TryGetValue<string>(out var s) ? s : o[_textName]?.ToJsonString()).ToList();
        return _rows.Select(r => _textColumn < r.Length ? r[_textColumn] : null).ToList();
    }

    public void Write(TextWriter writer, FeedbackColumns columns)
    {
        if (_format == "ndjson")
        {
            WriteNdjson(writer, columns);
            return;
        }
        var separator = _format == "tsv" ? '\t' : ',';
        var (header, positions) = OutputHeader();
        DelimitedWriter.WriteRow(writer, header, separator);
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = new string[header.Length];
            Array.Fill(row, "");
            Array.Copy(_rows[i], row, Math.Min(_rows[i].Length, _header!.Length));
            var values = columns.Values(i);
            for (var k = 0; k < values.Length; k++)
                row[positions[k]] = values[k];
            DelimitedWriter.WriteRow(writer, row, separator);
        }
    }

    /// <summary>The header with the added columns; a file analysed before keeps its columns and gets new values.</summary>
    private (string[] Header, int[] Positions) OutputHeader()
    {
        var header = _header!.ToList();
        var positions = new int[FeedbackColumns.Names.Length];
        for (var k = 0; k < positions.Length; k++)
        {
            var at = header.IndexOf(FeedbackColumns.Names[k]);
            if (at < 0)
            {
                at = header.Count;
                header.Add(FeedbackColumns.Names[k]);
            }
            positions[k] = at;
        }
        return (header.ToArray(), positions);
    }

    private void WriteNdjson(TextWriter writer, FeedbackColumns columns)
    {
        for (var i = 0; i < _objects.Count; i++)
        {
            var o = _objects[i];
            var a = columns.Analysis(i);
            o["sentiment"] = Math.Round(a.Sentiment, 4);
            o["emotion"] = FeedbackColumns.Dominant(a.Emotions);
            o["emotions"] = FeedbackColumns.Emotions(a.Emotions);
            o["effort"] = Math.Round(a.Effort, 2);
            o["high_effort"] = a.HighEffort;
            o["intent"] = FeedbackColumns.IntentNames(a.Intents);
            o["topics"] = columns.Topics(i);
            writer.Write(o.ToJsonString());
            writer.Write('\n');
        }
    }

    private static FeedbackFile ReadDelimited(string text, string name, char separator, string format, string textColumn)
    {
        var (rows, problem) = DelimitedReader.Read(new StringReader(text), separator);
        if (problem is not null)
            throw new FeedbackFileException(problem.QuoteNotClosed
                ? $"{name}:{problem.Line}: a quoted field is never closed (missing \")."
                : $"{name}:{problem.Line}: unexpected character after a closing quote (a quote inside a quoted field is written \"\").");
        if (rows.Count == 0)
            throw new FeedbackFileException($"{name}:1: the file is empty; the first line must name the columns.");
        var header = rows[0].Fields;
        var column = Array.FindIndex(header, h => string.Equals(h.Trim(), textColumn, StringComparison.OrdinalIgnoreCase));
        if (column < 0)
            throw new FeedbackFileException($"{name}:1: no column named '{textColumn}' (columns: {string.Join(", ", header)}).");
        var file = new FeedbackFile(format, textColumn, header, column);
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Length > header.Length)
                throw new FeedbackFileException($"{name}:{line}: {fields.Length} fields, but the header names {header.Length} columns.");
            file._rows.Add(fields);
        }
        return file;
    }

    private static FeedbackFile ReadNdjson(string text, string name, string textColumn)
    {
        var file = new FeedbackFile("ndjson", textColumn, null, -1);
        var lines = text.Split('\n');
        var found = false;
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k].TrimEnd('\r');
            if (line.Trim().Length == 0)
                continue;
            var o = JsonObject.Create(ParseLine(line, $"{name}:{k + 1}"))!;
            found |= o.ContainsKey(textColumn);
            file._objects.Add(o);
        }
        if (file._objects.Count > 0 && !found)
            throw new FeedbackFileException($"{name}:1: no item has a '{textColumn}' field.");
        return file;
    }

    /// <summary>One NDJSON line as an object whose strings and names are all text and whose members are unique.</summary>
    private static JsonElement ParseLine(string line, string place)
    {
        JsonElement element;
        var checkedForTwins = true;
        try
        {
            // A member twice would parse, then throw ArgumentException on first use of the object.
            element = JsonElement.Parse(line, UniqueMembers);
        }
        catch (JsonException e)
        {
            throw new FeedbackFileException($"{place}: not valid JSON ({e.Message})");
        }
        catch (InvalidOperationException)
        {
            // Finding a member twice compares names unescaped, which throws on a name that is not text: find it.
            element = JsonElement.Parse(line);
            checkedForTwins = false;
        }
        if (element.ValueKind != JsonValueKind.Object)
            throw new FeedbackFileException($"{place}: each line must be a JSON object.");
        // JSON can spell what is not text ("\ud800"); reading it later would throw, so the line is refused here.
        if (JsonText.FindInvalid(element) is { } bad)
            throw new FeedbackFileException($"{place}: {(bad.Length == 0 ? "the line" : bad)} {Utf16Text.Problem}.");
        return checkedForTwins ? element : throw new FeedbackFileException($"{place}: not valid JSON (a member name cannot be compared).");
    }
}
