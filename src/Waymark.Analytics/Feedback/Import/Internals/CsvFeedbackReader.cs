using System.Text.Json;
using Waymark.Analytics.Import.Internals;

namespace Waymark.Analytics.Feedback.Import.Internals;

/// <summary>
/// Reads a CSV/TSV feedback file record by record with the importer's tokenizer: the header gives the columns,
/// every other column becomes a property of the item.
/// </summary>
internal sealed class CsvFeedbackReader(TextReader text, FeedbackReadOptions options)
{
    private readonly TextRecordReader _reader = new(text, options.EffectiveMaxLineLength, quoteAware: true);
    private readonly CsvSplitter _splitter = new();
    private readonly string?[] _values = new string?[FeedbackHeaders.Roles];
    private readonly List<string> _header = [];
    private int[] _map = [];
    private char _delimiter;

    /// <summary>Reads the header; a problem with it is a fatal row.</summary>
    public FeedbackRow? Start()
    {
        if (!TryRecord(out var header, out var stopped))
        {
            return stopped ?? Fatal(1, null, "the file is empty: expected a header row");
        }

        _delimiter = options.Delimiter != '\0' ? options.Delimiter : CsvEventReader.DetectDelimiter(header, ',');
        if (_splitter.Split(header, _delimiter, out _) is { } error)
        {
            return Fatal(1, null, "the header: " + error);
        }

        for (var i = 0; i < _splitter.Count; i++)
        {
            _header.Add(_splitter.Field(header, i).ToString().Trim().TrimStart('\uFEFF'));
        }

        _map = FeedbackHeaders.Map(_header, options.Columns);
        return FeedbackHeaders.Problem(_header, _map, options.Columns) is { } problem ? Fatal(1, null, problem) : null;
    }

    /// <summary>The next data row; false at the end.</summary>
    public bool TryNext(out FeedbackRow row)
    {
        row = default;
        ReadOnlySpan<char> record;
        do
        {
            if (!TryRecord(out record, out var stopped))
            {
                row = stopped ?? default;
                return stopped is not null;
            }
        }
        while (record.IsWhiteSpace());

        var line = _reader.Line;
        if (_splitter.Split(record, _delimiter, out _) is { } error)
        {
            row = new FeedbackRow(line, null, new FeedbackProblem(line, null, error));
            return true;
        }

        for (var role = 0; role < FeedbackHeaders.Roles; role++)
        {
            var at = _map[role];
            _values[role] = at >= 0 && at < _splitter.Count && _splitter.Field(record, at).Trim() is { IsEmpty: false } value ? value.ToString() : null;
        }

        var scoreAt = _map[(int)FeedbackRole.Score];
        var (item, blame, problem) = FeedbackFields.Read(_values, scoreAt >= 0 ? _header[scoreAt] : null, Properties(record), options);
        row = new FeedbackRow(line, item, problem is null ? null : Blame(line, blame, problem));
        return true;
    }

    /// <summary>The problem named by the role's column: its header name and 1-based position, or the role's name when absent.</summary>
    private FeedbackProblem Blame(long line, FeedbackRole role, string problem)
    {
        var at = _map[(int)role];
        return at >= 0
            ? new FeedbackProblem(line, CsvEventReader.Clip(_header[at]), problem) { Field = at + 1 }
            : new FeedbackProblem(line, FeedbackHeaders.Name(role), problem);
    }

    private string? Properties(ReadOnlySpan<char> record)
    {
        Dictionary<string, string>? properties = null;
        for (var i = 0; i < _splitter.Count && i < _header.Count; i++)
        {
            if (Array.IndexOf(_map, i) < 0 && _header[i].Length > 0 && _splitter.Field(record, i).Trim() is { IsEmpty: false } value)
            {
                (properties ??= new Dictionary<string, string>(StringComparer.Ordinal))[_header[i]] = value.ToString();
            }
        }

        return properties is null ? null : JsonSerializer.Serialize(properties);
    }

    private bool TryRecord(out ReadOnlySpan<char> record, out FeedbackRow? stopped)
    {
        stopped = null;
        try
        {
            return _reader.TryRead(out record);
        }
        catch (InputStoppedException e)
        {
            record = default;
            stopped = Fatal(e.Line, null, e.Message);
            return false;
        }
    }

    private static FeedbackRow Fatal(long line, string? column, string problem) =>
        new(line, null, new FeedbackProblem(line, column, problem), Fatal: true);
}
