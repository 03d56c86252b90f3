namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Fills blocks with whole records from a text reader: reads as much as fits, cuts after the last line break that
/// is outside quotes, and carries the partial record over to the next block.
/// </summary>
internal sealed class BlockCutter(TextReader reader, int maxLength)
{
    private char[] _carry = [];
    private int _carried;
    private bool _eof;
    private long _nextLine;

    public void Start(ReadOnlySpan<char> alreadyRead, long firstLine)
    {
        _carry = new char[Math.Max(alreadyRead.Length, 1024)];
        alreadyRead.CopyTo(_carry);
        _carried = alreadyRead.Length;
        _nextLine = firstLine;
    }

    /// <summary>Fills the block; false when there is no more input.</summary>
    public bool Fill(CsvBlock block)
    {
        if (_eof && _carried == 0)
        {
            return false;
        }

        _carry.AsSpan(0, _carried).CopyTo(block.Chars);
        var filled = _carried + ReadInto(block.Chars, _carried, block.DataCapacity - _carried);
        if (filled == 0)
        {
            _carried = 0;
            return false;
        }

        var cut = _eof ? filled : LastBoundary(block.Chars.AsSpan(0, filled));
        if (cut <= 0)
        {
            // No line break within the block: the record is longer than the cap allows.
            throw new InputStoppedException(_nextLine, maxLength + 1L, $"the line is longer than {maxLength} characters (the limit); is this the right file and format?");
        }

        Carry(block.Chars.AsSpan(cut, filled - cut));
        block.Length = cut;
        block.FirstLine = _nextLine;
        _nextLine += block.Chars.AsSpan(0, cut).Count('\n');
        return true;
    }

    private int ReadInto(char[] chars, int at, int room)
    {
        var total = 0;
        while (total < room && !_eof)
        {
            int read;
            try
            {
                read = reader.Read(chars, at + total, room - total);
            }
            catch (InvalidDataException e)
            {
                var text = chars.AsSpan(0, at + total);
                var lastBreak = text.LastIndexOf('\n');
                throw new InputStoppedException(_nextLine + text.Count('\n'), text.Length - lastBreak, e.Message);
            }

            _eof = read == 0;
            total += read;
        }

        return total;
    }

    private void Carry(ReadOnlySpan<char> rest)
    {
        if (_carry.Length < rest.Length)
        {
            _carry = new char[rest.Length * 2];
        }

        rest.CopyTo(_carry);
        _carried = rest.Length;
    }

    /// <summary>Index after the last line break outside quotes (the block starts outside quotes), or 0.</summary>
    private static int LastBoundary(ReadOnlySpan<char> text)
    {
        if (!text.Contains('"'))
        {
            return text.LastIndexOf('\n') + 1;
        }

        var inQuotes = false;
        var boundary = 0;
        for (var at = 0; ;)
        {
            var found = text[at..].IndexOfAny('\n', '"');
            if (found < 0)
            {
                return boundary;
            }

            at += found;
            inQuotes ^= text[at] == '"';
            boundary = !inQuotes && text[at] == '\n' ? at + 1 : boundary;
            at++;
        }
    }
}
