using Waymark.Analytics.Import.Internals;

namespace Waymark.Analytics.Import;

/// <summary>
/// Reads CSV or TSV whole, with the importers' tokenizer (RFC 4180: quoted fields, "" inside quotes, line breaks
/// inside quotes; the same records and fields the event and feedback importers see). Empty lines are skipped; a row
/// keeps the line it starts on so problems can name it. For files of any size use the importers, which stream.
/// </summary>
public static class DelimitedReader
{
    public static DelimitedTable Read(TextReader text, char delimiter)
    {
        var records = new TextRecordReader(text, Array.MaxLength - 2, quoteAware: true);
        var splitter = new CsvSplitter();
        var rows = new List<DelimitedRow>();
        while (records.TryRead(out var record))
        {
            if (record.IsEmpty)
            {
                continue;
            }

            if (splitter.Split(record, delimiter, out var column) is { } reason)
            {
                // The line the problem is on: the record's first line plus the line breaks inside quotes before it.
                var line = records.Line + record[..(column - 1)].Count('\n');
                return new DelimitedTable(rows, new DelimitedProblem(line, reason == CsvSplitter.NotClosed, reason));
            }

            var fields = new string[splitter.Count];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = splitter.Field(record, i).ToString();
            }

            rows.Add(new DelimitedRow(records.Line, fields));
        }

        return new DelimitedTable(rows, null);
    }
}
