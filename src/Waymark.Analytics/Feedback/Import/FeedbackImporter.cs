using System.Text;
using System.Text.Json;
using Waymark.Analytics.Feedback.Import.Internals;
using Waymark.Analytics.Import;
using Waymark.Analytics.Import.Internals;

namespace Waymark.Analytics.Feedback.Import;

/// <summary>
/// The one entry point for reading feedback: CSV/TSV and NDJSON streamed row by row (memory bounded by one line),
/// each row an item or a problem naming its line, column and why; and the preview of a file's first rows.
/// </summary>
public static class FeedbackImporter
{
    /// <summary>Rows of a text in order. A fatal row (bad header, a line over the limit) is the last one.</summary>
    public static IEnumerable<FeedbackRow> Read(TextReader text, FeedbackReadOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (options.Format == ImportFormat.Ndjson)
        {
            var ndjson = new NdjsonFeedbackReader(text, options);
            while (ndjson.TryNext(out var row))
            {
                yield return row;
            }

            yield break;
        }

        var csv = new CsvFeedbackReader(text, options);
        if (csv.Start() is { } fatal)
        {
            yield return fatal;
            yield break;
        }

        while (csv.TryNext(out var row))
        {
            yield return row;
            if (row.Fatal)
            {
                yield break;
            }
        }
    }

    /// <summary>Rows of a file (gzip recognised by content; .tsv means tabs, .ndjson/.jsonl NDJSON unless given).</summary>
    public static IEnumerable<FeedbackRow> ReadFile(string path, FeedbackReadOptions options = default)
    {
        using var source = ImportSource.Open(path);
        using var text = new StreamReader(source.Stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var format = options.Format == ImportFormat.Auto ? EventImporter.FormatOf(path) : options.Format;
        var bare = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var tabs = options.Delimiter == '\0' && bare.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);
        foreach (var row in Read(text, options with { Format = format, Delimiter = tabs ? '\t' : options.Delimiter }))
        {
            yield return row;
        }
    }

    /// <summary>One feedback object (an ingestion item): the item, or the member to blame and why.</summary>
    public static (FeedbackItem? Item, string? Member, string? Problem) FromJson(JsonElement item, FeedbackColumns? columns = null) =>
        FeedbackJson.Read(item, new FeedbackReadOptions { Columns = columns });

    /// <summary>
    /// The first rows of a file's start with the columns recognised for each field. <paramref name="complete"/> false
    /// means the text is only the beginning of the file, so its last line may be cut and is left out.
    /// </summary>
    public static FeedbackPreview Preview(string text, ImportFormat format, char delimiter = '\0', bool complete = true, int maxRows = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!complete && text.LastIndexOf('\n') is var end and > 0)
        {
            text = text[..(end + 1)];
        }

        var table = format == ImportFormat.Ndjson ? PreviewReader.NdjsonTable(text, maxRows) : PreviewReader.CsvTable(text, delimiter, maxRows);
        if (table is null)
        {
            return new FeedbackPreview(ImportFormat.Csv, null, [], [], new FeedbackColumns(), ["The file is empty: a CSV needs a header row."]);
        }

        // Fields with no recognised column are left null in the mapping, not written as a note: the person maps them
        // next, and a note saying "no time column" would stay on screen after Time was mapped.
        var map = FeedbackHeaders.Map(table.Columns, null);
        var kind = format == ImportFormat.Ndjson ? ImportFormat.Ndjson : ImportFormat.Csv;
        return new FeedbackPreview(kind, table.Delimiter, table.Columns, table.Rows, FeedbackHeaders.Names(table.Columns, map), table.Notes);
    }
}
