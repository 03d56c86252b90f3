namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Parses one block on a worker thread: splits records, trims and locates the fields, reads timestamps and
/// checks each row, without touching the shared dictionaries (the consumer interns, in input order).
/// </summary>
internal sealed class CsvBlockParser(CsvLayout layout, ImportOptions options)
{
    private readonly CsvSplitter _splitter = new();
    private readonly int[] _starts = new int[layout.RequiredFields];
    private readonly int[] _ends = new int[layout.RequiredFields];
    private int _extra;
    private int _previous;

    public void Parse(CsvBlock block)
    {
        block.Reset();
        _extra = block.Length;
        _previous = -1;
        if (!block.Chars.AsSpan(0, block.Length).Contains('"'))
        {
            ParsePlain(block);
            return;
        }

        var reader = new TextRecordReader(block.Chars, block.Length, options.EffectiveMaxLineLength);
        try
        {
            while (reader.TryRead(out var record))
            {
                if (!record.IsEmpty)
                {
                    ParseRow(block, record, reader.RecordStart, block.FirstLine + reader.Line - 1);
                }
            }
        }
        catch (InputStoppedException e)
        {
            throw new InputStoppedException(block.FirstLine + e.Line - 1, e.Column, e.Message);
        }
    }

    /// <summary>
    /// A block without quotes: every line is a record, and the positions of all delimiters and line breaks are found
    /// in one pass first. The usual row (no padding, a timestamp of the usual shape) is read from them; any other
    /// row goes through <see cref="ParseRow"/>. Records, line numbers and the length check are those of
    /// <see cref="TextRecordReader"/>.
    /// </summary>
    private void ParsePlain(CsvBlock block)
    {
        var data = block.Chars.AsSpan(0, block.Length);
        var separators = block.Separators;
        var count = SeparatorIndex.Find(data, layout.Delimiter, separators);
        var next = 0;
        var line = block.FirstLine;
        for (var start = 0; start < data.Length; line++)
        {
            // The record's fields (the first few kept, relative to its start) up to the line break that ends it.
            var fields = 0;
            var fieldStart = start;
            int stop;
            do
            {
                stop = next < count ? separators[next++] : data.Length;
                if (fields < _starts.Length)
                {
                    (_starts[fields], _ends[fields]) = (fieldStart - start, stop - start);
                }

                fields++;
                fieldStart = stop + 1;
            }
            while (stop < data.Length && data[stop] != '\n');

            var end = RecordEnd(data, start, stop, line);
            if (end < stop && fields <= _starts.Length)
            {
                _ends[fields - 1] = end - start;
            }

            var record = data[start..end];
            if (!record.IsEmpty && (fields < _starts.Length || !TryParseFields(block, record, start)))
            {
                ParseRow(block, record, start, line);
            }

            start = stop + 1;
        }
    }

    /// <summary>
    /// Where the record from <paramref name="start"/> to its line break (or the data's end) at <paramref name="stop"/>
    /// ends without its '\r'; as the record reader, a record's length is checked without its "\r\n", the last
    /// one's with its '\r'.
    /// </summary>
    private int RecordEnd(ReadOnlySpan<char> data, int start, int stop, long line)
    {
        var maxLength = options.EffectiveMaxLineLength;
        var newline = stop < data.Length;
        var end = newline && stop > start && data[stop - 1] == '\r' ? stop - 1 : stop;
        if (end - start > maxLength || (!newline && stop - start > maxLength))
        {
            throw new InputStoppedException(line, maxLength + 1L, $"the line is longer than {maxLength} characters (the limit); is this the right file and format?");
        }

        return !newline && end > start && data[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>Reads a row (its fields found) that needs no trimming and has no problem; false leaves it untouched.</summary>
    private bool TryParseFields(CsvBlock block, ReadOnlySpan<char> record, int recordStart)
    {
        var customer = Common(record, layout.Customer);
        var activity = Common(record, layout.Activity);
        var channel = layout.Channel >= 0 ? Common(record, layout.Channel) : default;
        if (!IsName(customer) || !IsName(activity) || (!channel.IsEmpty && !IsName(channel))
            || !TimestampParser.TryParse(Common(record, layout.Timestamp), options.Zone, out var ticks))
        {
            return false;
        }

        AddRow(block, recordStart + _starts[layout.Customer], customer.Length, recordStart + _starts[layout.Activity], activity.Length,
            layout.Channel >= 0 ? recordStart + _starts[layout.Channel] : 0, channel.Length, ticks);
        return true;
    }

    private ReadOnlySpan<char> Common(ReadOnlySpan<char> record, int field) => record[_starts[field].._ends[field]];

    /// <summary>Non-empty, not padded, and no problem under the options' name rules.</summary>
    private bool IsName(ReadOnlySpan<char> name) =>
        !name.IsEmpty && !char.IsWhiteSpace(name[0]) && !char.IsWhiteSpace(name[^1]) && options.NameProblem(name) is null;

    private void ParseRow(CsvBlock block, ReadOnlySpan<char> record, int recordStart, long line)
    {
        var problem = CsvEventReader.Check(_splitter, record, layout, options, out var ticks, out var column, out var field);
        if (problem is not null)
        {
            block.Problems.Add(new ImportProblem(line, column, problem) { Field = field + 1, FieldName = layout.NameOf(field) });
            return;
        }

        var (customerStart, customerLength) = Locate(block, record, recordStart, layout.Customer);
        var (activityStart, activityLength) = Locate(block, record, recordStart, layout.Activity);
        var (channelStart, channelLength) = layout.Channel >= 0 ? Locate(block, record, recordStart, layout.Channel) : (0, 0);
        AddRow(block, customerStart, customerLength, activityStart, activityLength, channelStart, channelLength, ticks);
    }

    /// <summary>
    /// Adds an accepted row: the customer hashed here, on the worker, and flagged when it repeats the previous
    /// accepted row's; the activity and channel numbered in the block.
    /// </summary>
    private void AddRow(CsvBlock block, int customerStart, int customerLength, int activityStart, int activityLength, int channelStart, int channelLength, long ticks)
    {
        block.EnsureRow();
        var row = block.Rows++;
        var at = row * CsvBlock.FieldsPerRow;
        var chars = block.Chars;
        var customer = chars.AsSpan(customerStart, customerLength);
        var same = _previous >= 0 && customer.SequenceEqual(chars.AsSpan(block.Fields[_previous], block.Fields[_previous + 1]));
        block.Fields[at] = customerStart;
        block.Fields[at + 1] = customerLength;
        block.Fields[at + 2] = same ? 0 : string.GetHashCode(customer);
        block.Fields[at + 3] = same ? 1 : 0;
        _previous = at;
        block.LocalActivity[row] = block.Activities.IdOf(chars, activityStart, activityLength);
        block.LocalChannel[row] = channelLength == 0 ? 0 : block.Channels.IdOf(chars, channelStart, channelLength) + 1;
        block.Ticks[row] = ticks;
    }

    private (int Start, int Length) Locate(CsvBlock block, ReadOnlySpan<char> record, int recordStart, int field)
    {
        var raw = _splitter.Field(record, field);
        var trimmed = raw.Trim();
        var start = _splitter.StartOf(field) + (raw.Length - raw.TrimStart().Length);
        if (_splitter.Unescaped)
        {
            trimmed.CopyTo(block.Chars.AsSpan(_extra));
            start = _extra;
            _extra += trimmed.Length;
        }
        else
        {
            start += recordStart;
        }

        return (start, trimmed.Length);
    }
}
