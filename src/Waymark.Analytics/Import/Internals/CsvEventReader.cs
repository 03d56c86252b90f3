using System.Globalization;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Import.Internals;

/// <summary>Reads a CSV event file into the builder: header, then one event per record.</summary>
internal sealed class CsvEventReader(ImportOptions options, ProblemLog problems, EventLogBuilder builder, Action<long> onRow)
{
    private readonly CsvSplitter _splitter = new();
    private int _lastCustomerId = -1;

    public void Read(TextReader text, char defaultDelimiter)
    {
        var reader = new TextRecordReader(text, options.EffectiveMaxLineLength, quoteAware: true);
        var layout = ReadHeader(reader, defaultDelimiter);
        if (layout is null)
        {
            return;
        }

        if (layout.Attributes.Count == 0 && layout.Properties.Count == 0 && Environment.ProcessorCount > 1)
        {
            var cutter = new BlockCutter(text, options.EffectiveMaxLineLength);
            cutter.Start(reader.Unread, reader.NextLine);
            new ParallelCsvReader(options, problems, builder, onRow).Read(cutter, layout);
            return;
        }

        long rows = 0;
        while (!problems.ShouldStop && reader.TryRead(out var record))
        {
            if (record.IsEmpty)
            {
                continue;
            }

            ReadRow(record, reader.Line, layout);
            if ((++rows & 0xFFFF) == 0)
            {
                onRow(rows);
            }
        }
    }

    private CsvLayout? ReadHeader(TextRecordReader reader, char defaultDelimiter)
    {
        if (!reader.TryRead(out var header))
        {
            problems.AddFatal(1, 1, "the file is empty: expected a header row");
            return null;
        }

        var delimiter = options.Delimiter != '\0' ? options.Delimiter : DetectDelimiter(header, defaultDelimiter);
        var error = _splitter.Split(header, delimiter, out var column);
        if (error is not null)
        {
            problems.AddFatal(1, column, error);
            return null;
        }

        var names = new List<string>(_splitter.Count);
        for (var i = 0; i < _splitter.Count; i++)
        {
            names.Add(_splitter.Field(header, i).ToString().Trim().TrimStart('\uFEFF'));
        }

        var layout = CsvLayout.Create(names, delimiter, options, out var problem);
        if (problem is not null)
        {
            problems.AddFatal(1, 1, problem);
        }

        return layout;
    }

    internal static char DetectDelimiter(ReadOnlySpan<char> header, char fallback)
    {
        var commas = header.Count(',');
        var semicolons = header.Count(';');
        var tabs = header.Count('\t');
        if (commas == 0 && semicolons == 0 && tabs == 0)
        {
            return fallback;
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private void ReadRow(ReadOnlySpan<char> record, long line, CsvLayout layout)
    {
        var problem = Check(_splitter, record, layout, options, out var ticks, out var column, out var field);
        if (problem is not null)
        {
            problems.Add(line, column, problem, field + 1, layout.NameOf(field));
            return;
        }

        if (!problems.KeepRows)
        {
            return;
        }

        var customer = _splitter.Field(record, layout.Customer).Trim();
        AddExtras(record, customer, layout);
        var channel = layout.Channel >= 0 ? _splitter.Field(record, layout.Channel).Trim() : default;
        var activity = _splitter.Field(record, layout.Activity).Trim();
        builder.Add(CustomerId(customer), ticks, builder.Activities.GetOrAdd(activity), builder.ChannelId(channel));
    }

    /// <summary>
    /// Splits and checks a row; returns why it is bad, where (character <paramref name="column"/>, and the 0-based
    /// <paramref name="field"/> to blame or -1), or null with its timestamp.
    /// </summary>
    internal static string? Check(CsvSplitter splitter, ReadOnlySpan<char> record, CsvLayout layout, in ImportOptions options, out long ticks, out long column, out int field)
    {
        ticks = 0;
        field = -1;
        var error = splitter.Split(record, layout.Delimiter, out var errorColumn);
        column = errorColumn;
        if (error is not null)
        {
            return error;
        }

        if (splitter.Count < layout.RequiredFields)
        {
            column = record.Length + 1;
            var delimiter = layout.Delimiter == '\t' ? "\\t" : layout.Delimiter.ToString();
            return string.Create(CultureInfo.InvariantCulture, $"expected at least {layout.RequiredFields} fields separated by '{delimiter}', found {splitter.Count}");
        }

        var problem = CheckFields(splitter, record, layout, options, out ticks, out field);
        column = problem is null ? 0 : splitter.ColumnOf(field);
        return problem;
    }

    private static string? CheckFields(CsvSplitter splitter, ReadOnlySpan<char> record, CsvLayout layout, in ImportOptions options, out long ticks, out int field)
    {
        ticks = 0;
        field = layout.Customer;
        var customer = splitter.Field(record, field).Trim();
        if (customer.IsEmpty)
        {
            return "the customer id is empty";
        }

        if (options.NameProblem(customer) is { } customerProblem)
        {
            return "the customer id " + customerProblem;
        }

        field = layout.Activity;
        var activity = splitter.Field(record, field).Trim();
        if (activity.IsEmpty)
        {
            return "the activity is empty";
        }

        if (options.NameProblem(activity) is { } activityProblem)
        {
            return "the activity " + activityProblem;
        }

        field = layout.Channel;
        if (field >= 0 && options.NameProblem(splitter.Field(record, field).Trim()) is { } channelProblem)
        {
            return "the channel " + channelProblem;
        }

        field = layout.Timestamp;
        var timestamp = splitter.Field(record, field);
        return TimestampParser.TryParse(timestamp, options.Zone, out ticks)
            ? null
            : $"cannot read '{Clip(timestamp)}' as a timestamp (expected ISO 8601, yyyy-MM-dd HH:mm:ss, or Unix seconds or milliseconds)";
    }

    // Exports usually list a customer's events together: remembering the last one skips most lookups.
    private int CustomerId(ReadOnlySpan<char> customer)
    {
        if (_lastCustomerId < 0 || !customer.SequenceEqual(builder.Customers.SpanOf(_lastCustomerId)))
        {
            _lastCustomerId = builder.Customers.GetOrAdd(customer);
        }

        return _lastCustomerId;
    }

    private void AddExtras(ReadOnlySpan<char> record, ReadOnlySpan<char> customer, CsvLayout layout)
    {
        foreach (var (index, key) in layout.Attributes)
        {
            if (index < _splitter.Count && !_splitter.Field(record, index).IsEmpty)
            {
                builder.SetAttribute(customer, key, _splitter.Field(record, index));
            }
        }

        foreach (var (index, key) in layout.Properties)
        {
            if (index < _splitter.Count && !_splitter.Field(record, index).IsEmpty)
            {
                builder.AddProperty(key, _splitter.Field(record, index));
            }
        }
    }

    internal static string Clip(ReadOnlySpan<char> text) => Core.Text.Utf16Text.Clip(text, 43);
}
