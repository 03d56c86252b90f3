namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Parses one block on a worker thread: splits records, trims and locates the fields, reads timestamps and
/// checks each row, without touching the shared dictionaries (the consumer interns, in input order).
/// </summary>
internal sealed class CsvBlockParser(CsvLayout layout, ImportOptions options)
{
    private readonly CsvSplitter _splitter = new();
    private int _extra;
    private int _previous;

    public void Parse(CsvBlock block)
    {
        block.Reset();
        _extra = block.Length;
        _previous = -1;
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

    private void ParseRow(CsvBlock block, ReadOnlySpan<char> record, int recordStart, long line)
    {
        var problem = CsvEventReader.Check(_splitter, record, layout, options, out var ticks, out var column, out var field);
        if (problem is not null)
        {
            Reject(block, new ImportProblem(line, column, problem) { Field = field + 1, FieldName = layout.NameOf(field) });
            return;
        }

        block.EnsureRow();
        var at = block.Rows * CsvBlock.FieldsPerRow;
        Locate(block, record, recordStart, layout.Customer, at);
        Locate(block, record, recordStart, layout.Activity, at + 2);
        if (layout.Channel >= 0)
        {
            Locate(block, record, recordStart, layout.Channel, at + 4);
        }
        else
        {
            block.Fields[at + 4] = 0;
            block.Fields[at + 5] = 0;
        }

        MarkCustomer(block, at);
        block.Ticks[block.Rows++] = ticks;
    }

    /// <summary>Hashes the customer here, on the worker, and flags a repeat of the previous accepted row's.</summary>
    private void MarkCustomer(CsvBlock block, int at)
    {
        var customer = block.Chars.AsSpan(block.Fields[at], block.Fields[at + 1]);
        var same = _previous >= 0 && customer.SequenceEqual(block.Chars.AsSpan(block.Fields[_previous], block.Fields[_previous + 1]));
        block.Fields[at + 6] = same ? 0 : string.GetHashCode(customer);
        block.Fields[at + 7] = same ? 1 : 0;
        _previous = at;
    }

    private void Locate(CsvBlock block, ReadOnlySpan<char> record, int recordStart, int field, int at)
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

        block.Fields[at] = start;
        block.Fields[at + 1] = trimmed.Length;
    }

    private static void Reject(CsvBlock block, ImportProblem problem)
    {
        block.EnsureRow();
        block.Fields[block.Rows * CsvBlock.FieldsPerRow] = -1;
        block.Ticks[block.Rows++] = 0;
        block.Problems.Add(problem);
    }
}
