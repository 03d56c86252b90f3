namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Reads records (lines; for CSV, lines joined while inside quotes) as spans over one reusable buffer.
/// The buffer never grows past the line cap, so a 2 GB line stops with an error instead of filling memory.
/// </summary>
internal sealed class TextRecordReader(TextReader reader, int maxLength, bool quoteAware)
{
    private char[] _buffer = [];
    private int _start;
    private int _end;
    private bool _eof;
    private long _nextLine = 1;

    /// <summary>Reads records of text already in memory (a block cut at a record boundary).</summary>
    public TextRecordReader(char[] data, int length, int maxLength)
        : this(TextReader.Null, maxLength, quoteAware: true)
    {
        _buffer = data;
        _end = length;
        _eof = true;
    }

    /// <summary>1-based line where the record last returned starts.</summary>
    public long Line { get; private set; }

    /// <summary>Index in the buffer where the record last returned starts (in-memory mode: in the data).</summary>
    public int RecordStart { get; private set; }

    /// <summary>Text read ahead but not yet returned as records (handed to a reader that takes over).</summary>
    public ReadOnlySpan<char> Unread => _buffer.AsSpan(_start, _end - _start);

    /// <summary>The line the next record starts on.</summary>
    public long NextLine => _nextLine;

    /// <summary>The next record without its line break; false at the end of input.</summary>
    public bool TryRead(out ReadOnlySpan<char> record)
    {
        var scanFrom = _start;
        var inQuotes = false;
        var breaksInside = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(scanFrom, _end - scanFrom);
            var found = quoteAware ? pending.IndexOfAny('\n', '"') : pending.IndexOf('\n');
            if (found >= 0)
            {
                var at = scanFrom + found;
                scanFrom = at + 1;
                if (_buffer[at] == '"')
                {
                    inQuotes = !inQuotes;
                    continue;
                }

                if (inQuotes)
                {
                    breaksInside++;
                    continue;
                }

                record = TakeRecord(at, breaksInside);
                return true;
            }

            CheckLength(_end - _start);
            if (_eof)
            {
                return TakeLast(out record, breaksInside);
            }

            scanFrom -= Fill();
        }
    }

    private ReadOnlySpan<char> TakeRecord(int newlineAt, int breaksInside)
    {
        var end = newlineAt > _start && _buffer[newlineAt - 1] == '\r' ? newlineAt - 1 : newlineAt;
        CheckLength(end - _start);
        var record = _buffer.AsSpan(_start, end - _start);
        RecordStart = _start;
        Line = _nextLine;
        _nextLine += 1 + breaksInside;
        _start = newlineAt + 1;
        return record;
    }

    private bool TakeLast(out ReadOnlySpan<char> record, int breaksInside)
    {
        if (_start == _end)
        {
            record = default;
            return false;
        }

        var end = _buffer[_end - 1] == '\r' ? _end - 1 : _end;
        record = _buffer.AsSpan(_start, end - _start);
        RecordStart = _start;
        Line = _nextLine;
        _nextLine += 1 + breaksInside;
        _start = _end;
        return true;
    }

    private void CheckLength(int length)
    {
        if (length > maxLength)
        {
            throw new InputStoppedException(_nextLine, maxLength + 1L, $"the line is longer than {maxLength} characters (the limit); is this the right file and format?");
        }
    }

    /// <summary>Moves the unread part to the front, grows the buffer if full, reads more; returns the shift.</summary>
    private int Fill()
    {
        var shift = _start;
        if (shift > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= shift;
            _start = 0;
        }

        if (_buffer.Length == 0)
        {
            _buffer = new char[Math.Min(1 << 16, maxLength + 2)];
        }
        else if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(_buffer.Length * 2L, maxLength + 2L));
        }

        int read;
        try
        {
            read = reader.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (InvalidDataException e)
        {
            throw new InputStoppedException(_nextLine, _end - _start + 1L, e.Message);
        }

        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        return shift;
    }
}
