using System.Text;
using Waymark.Analytics.Events;
using Waymark.Analytics.Import.Internals;

namespace Waymark.Analytics.Import;

/// <summary>
/// The one entry point for reading event data: CSV, NDJSON, XES (.xes, .xes.gz) and sequence-only files, each
/// streamed so memory is bounded by the log, not the file text.
/// </summary>
public static class EventImporter
{
    /// <summary>Imports a file; gzip is recognised by content, the format by extension unless given.</summary>
    public static ImportResult ImportFile(string path, ImportOptions options = default, IProgress<ImportProgress>? progress = null)
    {
        using var source = ImportSource.Open(path);
        var format = options.Format == ImportFormat.Auto ? FormatOf(path) : options.Format;
        var defaultDelimiter = StripGz(path).EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';
        var report = progress is null ? null : new Action<long>(rows => progress.Report(new(source.BytesRead, source.TotalBytes, rows)));
        var sized = options with { InputBytes = source.IsCompressed ? 0 : source.TotalBytes };
        var result = Import(source.Stream, format, sized, defaultDelimiter, report);
        progress?.Report(new(source.TotalBytes, source.TotalBytes, result.RowsRead));
        return result;
    }

    /// <summary>Imports from an uncompressed stream in a known format.</summary>
    public static ImportResult Import(Stream stream, ImportFormat format, ImportOptions options = default) =>
        Import(stream, format == ImportFormat.Auto ? ImportFormat.Csv : format, options, ',', null);

    /// <summary>
    /// The first rows of a file's start as a table, with the recognised columns. <paramref name="complete"/> false
    /// means the text is only the beginning of the file, so its last line may be cut and is left out.
    /// </summary>
    public static ImportPreview Preview(string text, ImportFormat format, char delimiter = '\0', bool complete = true, int maxRows = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!complete && format != ImportFormat.Xes && text.LastIndexOf('\n') is var end and > 0)
        {
            text = text[..(end + 1)];
        }

        return format switch
        {
            ImportFormat.Xes => XesPreviewReader.Read(text, maxRows),
            ImportFormat.Ndjson => PreviewReader.Ndjson(text, maxRows),
            _ => PreviewReader.Csv(text, delimiter, maxRows),
        };
    }

    /// <summary>The format a file name implies (.gz stripped first); CSV when unknown.</summary>
    public static ImportFormat FormatOf(string path) => Path.GetExtension(StripGz(path)).ToLowerInvariant() switch
    {
        ".xes" => ImportFormat.Xes,
        ".ndjson" or ".jsonl" or ".json" => ImportFormat.Ndjson,
        ".seq" => ImportFormat.Sequence,
        _ => ImportFormat.Csv,
    };

    private static string StripGz(string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;

    private static ImportResult Import(Stream stream, ImportFormat format, ImportOptions options, char defaultDelimiter, Action<long>? report)
    {
        var problems = new ProblemLog(options.OnError, options.EffectiveReportedProblems);
        var builder = new EventLogBuilder { HasTimestamps = format != ImportFormat.Sequence };
        long rows = 0;
        void OnRow(long count)
        {
            rows = count;
            if (options.MaxRows > 0 && count > options.MaxRows)
            {
                throw new RowLimitException(count);
            }

            report?.Invoke(count);
        }

        try
        {
            ReadInto(stream, format, options, defaultDelimiter, problems, builder, OnRow);
        }
        catch (InputStoppedException e)
        {
            problems.AddFatal(e.Line, e.Column, e.Message);
        }
        catch (RowLimitException e)
        {
            // The rest of the file is never read and no log is built: the caller refuses the file as too large.
            return new ImportResult(null, problems.First, problems.Count, e.Rows, Fatal: false) { OverRowLimit = true };
        }

        if (options.CustomersFile is not null && !problems.ShouldStop)
        {
            CustomerFileReader.Read(options.CustomersFile, builder, options, problems);
        }

        return Finish(builder, problems, options, Math.Max(rows, builder.EventCount));
    }

    private static void ReadInto(Stream stream, ImportFormat format, ImportOptions options, char defaultDelimiter, ProblemLog problems, EventLogBuilder builder, Action<long> onRow)
    {
        if (format == ImportFormat.Xes)
        {
            new XesEventReader(options, problems, builder, onRow).Read(stream);
            return;
        }

        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        switch (format)
        {
            case ImportFormat.Ndjson:
                new NdjsonEventReader(options, problems, builder, onRow).Read(text);
                break;
            case ImportFormat.Sequence:
                new SequenceReader(options, problems, builder, onRow).Read(text);
                break;
            default:
                new CsvEventReader(options, problems, builder, onRow).Read(text, defaultDelimiter);
                break;
        }
    }

    private static ImportResult Finish(EventLogBuilder builder, ProblemLog problems, ImportOptions options, long rows)
    {
        // Readers report every 65,536 rows, so a file just over the limit is only seen at its end.
        var over = options.MaxRows > 0 && rows > options.MaxRows;
        var failed = over || problems.Fatal || (options.OnError == OnError.Fail && problems.Count > 0);
        var log = failed ? null : builder.Build();
        return new ImportResult(log, problems.First, problems.Count, rows, problems.Fatal) { OverRowLimit = over };
    }
}
