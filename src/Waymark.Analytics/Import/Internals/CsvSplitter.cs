namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Splits one CSV record into fields. Records without quotes are sliced in place; quoted records are unescaped
/// once into a reusable scratch buffer. Field positions are kept for error columns.
/// </summary>
internal sealed class CsvSplitter
{
    public const string NotClosed = "a quoted field is not closed";

    public const string AfterClosingQuote = "unexpected character after a closing quote";

    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private int[] _columns = new int[16];
    private char[] _scratch = new char[256];
    private bool _unescaped;

    public int Count { get; private set; }

    /// <summary>True when the fields were unescaped into the scratch buffer (the record had quotes).</summary>
    public bool Unescaped => _unescaped;

    /// <summary>Start of field <paramref name="index"/> in the record (or in the scratch buffer when unescaped).</summary>
    public int StartOf(int index) => _starts[index];

    /// <summary>1-based character column where field <paramref name="index"/> starts in its record.</summary>
    public int ColumnOf(int index) => _columns[index] + 1;

    public ReadOnlySpan<char> Field(ReadOnlySpan<char> record, int index) =>
        _unescaped ? _scratch.AsSpan(_starts[index], _lengths[index]) : record.Slice(_starts[index], _lengths[index]);

    /// <summary>Splits; on a quoting error returns its reason and sets <paramref name="errorColumn"/>.</summary>
    public string? Split(ReadOnlySpan<char> record, char delimiter, out int errorColumn)
    {
        errorColumn = 0;
        Count = 0;
        _unescaped = record.Contains('"');
        return _unescaped ? SplitQuoted(record, delimiter, out errorColumn) : SplitPlain(record, delimiter);
    }

    private string? SplitPlain(ReadOnlySpan<char> record, char delimiter)
    {
        var at = 0;
        while (true)
        {
            var length = record[at..].IndexOf(delimiter);
            if (length < 0)
            {
                AddField(at, record.Length - at, at);
                return null;
            }

            AddField(at, length, at);
            at += length + 1;
        }
    }

    private string? SplitQuoted(ReadOnlySpan<char> record, char delimiter, out int errorColumn)
    {
        errorColumn = 0;
        EnsureScratch(record.Length);
        var write = 0;
        var at = 0;
        while (true)
        {
            var fieldStart = at;
            var outStart = write;
            if (at < record.Length && record[at] == '"')
            {
                at = CopyQuoted(record, at + 1, ref write);
                if (at < 0)
                {
                    errorColumn = fieldStart + 1;
                    return NotClosed;
                }

                if (at < record.Length && record[at] != delimiter)
                {
                    errorColumn = at + 1;
                    return AfterClosingQuote;
                }
            }
            else
            {
                var length = record[at..].IndexOf(delimiter);
                length = length < 0 ? record.Length - at : length;
                record.Slice(at, length).CopyTo(_scratch.AsSpan(write));
                write += length;
                at += length;
            }

            AddField(outStart, write - outStart, fieldStart);
            if (at >= record.Length)
            {
                return null;
            }

            at++;
        }
    }

    /// <summary>Copies a quoted field's content ("" becomes "); returns the index after the closing quote or -1.</summary>
    private int CopyQuoted(ReadOnlySpan<char> record, int at, ref int write)
    {
        while (at < record.Length)
        {
            var quote = record[at..].IndexOf('"');
            if (quote < 0)
            {
                return -1;
            }

            record.Slice(at, quote).CopyTo(_scratch.AsSpan(write));
            write += quote;
            at += quote + 1;
            if (at < record.Length && record[at] == '"')
            {
                _scratch[write++] = '"';
                at++;
                continue;
            }

            return at;
        }

        return -1;
    }

    private void AddField(int start, int length, int column)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _columns, Count * 2);
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        _columns[Count] = column;
        Count++;
    }

    private void EnsureScratch(int length)
    {
        if (_scratch.Length < length)
        {
            _scratch = new char[Math.Max(length, _scratch.Length * 2)];
        }
    }
}
