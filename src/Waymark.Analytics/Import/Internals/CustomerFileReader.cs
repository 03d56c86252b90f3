using Waymark.Analytics.Events;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Reads customer attributes from a separate CSV: a header row, the customer id in the recognised customer
/// column (else the first), every other column an attribute. Customers without events are ignored.
/// </summary>
internal static class CustomerFileReader
{
    public static void Read(string path, EventLogBuilder builder, ImportOptions options, ProblemLog problems)
    {
        using var source = ImportSource.Open(path);
        using var text = new StreamReader(source.Stream);
        var reader = new TextRecordReader(text, options.EffectiveMaxLineLength, quoteAware: true);
        var splitter = new CsvSplitter();
        if (!reader.TryRead(out var headerRecord))
        {
            return;
        }

        var delimiter = options.Delimiter != '\0' ? options.Delimiter : headerRecord.Contains('\t') ? '\t' : headerRecord.Contains(';') ? ';' : ',';
        splitter.Split(headerRecord, delimiter, out _);
        var header = new List<string>();
        for (var i = 0; i < splitter.Count; i++)
        {
            header.Add(splitter.Field(headerRecord, i).ToString().Trim());
        }

        var idColumn = Math.Max(0, ColumnNames.Find(header, options.CustomerColumn, ColumnNames.Customer));
        while (reader.TryRead(out var record))
        {
            var error = splitter.Split(record, delimiter, out var column);
            if (error is not null)
            {
                problems.Add(reader.Line, column, "customers file: " + error);
                continue;
            }

            ReadRow(builder, splitter, record, header, idColumn);
        }
    }

    private static void ReadRow(EventLogBuilder builder, CsvSplitter splitter, ReadOnlySpan<char> record, List<string> header, int idColumn)
    {
        if (idColumn >= splitter.Count)
        {
            return;
        }

        var customer = splitter.Field(record, idColumn).Trim();
        if (builder.Customers.IdOf(customer) < 0)
        {
            return;
        }

        for (var i = 0; i < splitter.Count && i < header.Count; i++)
        {
            if (i != idColumn)
            {
                builder.SetAttribute(customer, header[i], splitter.Field(record, i).Trim(), overwrite: true);
            }
        }
    }
}
