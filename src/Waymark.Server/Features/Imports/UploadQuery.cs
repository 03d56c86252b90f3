using Waymark.Analytics.Import;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Imports;

/// <summary>
/// The import's query string checked: format (given, else from the file name), column mapping, delimiter and time
/// zone. The file name is only a label (it picks a format by extension) and never touches the file system.
/// </summary>
internal sealed record UploadQuery(ImportFormat Format, char Delimiter, ImportOptions Options)
{
    public static (UploadQuery? Query, string? Path, string? Problem) Parse(
        string? fileName, string? format, string? customer, string? activity, string? timestamp, string? channel, string? delimiter, string? timeZone)
    {
        var (file, path, problem) = ParseFile(fileName, format, delimiter, timeZone);
        if (file is null)
        {
            return (null, path, problem);
        }

        var (kind, separator, zone) = file.Value;
        var options = new ImportOptions
        {
            Format = kind,
            Delimiter = separator,
            CustomerColumn = Column(customer),
            ActivityColumn = Column(activity),
            TimestampColumn = Column(timestamp),
            ChannelColumn = Column(channel),
            DefaultTimeZone = zone,
            OnError = OnError.Skip,
            ReportedProblems = 100,
            MaxNameLength = EventText.MaxLength, // a name the store cannot hold is a bad row with its line and field
        };
        return (new UploadQuery(kind, separator, options), null, null);
    }

    /// <summary>The parts every upload's query has: format (given, else from the file name), delimiter, time zone.</summary>
    public static ((ImportFormat Format, char Delimiter, TimeZoneInfo? Zone)? File, string? Path, string? Problem) ParseFile(
        string? fileName, string? format, string? delimiter, string? timeZone)
    {
        var (kind, tab, formatProblem) = FormatOf(format, fileName);
        if (formatProblem is not null)
        {
            return (null, "format", formatProblem);
        }

        var (separator, delimiterProblem) = DelimiterOf(delimiter, tab);
        if (delimiterProblem is not null)
        {
            return (null, "delimiter", delimiterProblem);
        }

        TimeZoneInfo? zone = null;
        if (!string.IsNullOrWhiteSpace(timeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out zone))
        {
            return (null, "timeZone", $"Unknown time zone '{timeZone}': use an IANA id such as Europe/Berlin, or leave it out for UTC.");
        }

        return ((kind, separator, zone), null, null);
    }

    /// <summary>The format a name or an explicit value gives; tsv is CSV with tabs.</summary>
    public static (ImportFormat Format, bool Tab, string? Problem) FormatOf(string? format, string? fileName)
    {
        var name = format?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            var label = Path.GetFileName((fileName ?? "").Replace('\\', '/')).ToLowerInvariant();
            var bare = label.EndsWith(".gz", StringComparison.Ordinal) ? label[..^3] : label;
            name = Path.GetExtension(bare).TrimStart('.') switch
            {
                "tsv" or "tab" => "tsv",
                "ndjson" or "jsonl" or "json" => "ndjson",
                "xes" => "xes",
                _ => "csv",
            };
        }

        return name switch
        {
            "csv" or "txt" => (ImportFormat.Csv, false, null),
            "tsv" => (ImportFormat.Csv, true, null),
            "ndjson" or "jsonl" => (ImportFormat.Ndjson, false, null),
            "xes" => (ImportFormat.Xes, false, null),
            _ => (ImportFormat.Auto, false, $"Unknown format '{format}': use csv, tsv, ndjson or xes."),
        };
    }

    private static (char Delimiter, string? Problem) DelimiterOf(string? delimiter, bool tab)
    {
        if (string.IsNullOrEmpty(delimiter))
        {
            return (tab ? '\t' : '\0', null);
        }

        return delimiter switch
        {
            "\\t" or "tab" or "\t" => ('\t', null),
            "comma" => (',', null),
            "semicolon" => (';', null),
            "pipe" => ('|', null),
            _ when delimiter.Length == 1 && delimiter[0] is not ('"' or '\n' or '\r') => (delimiter[0], null),
            _ => ('\0', $"The delimiter must be one character (or tab); got '{delimiter}'."),
        };
    }

    public static string? Column(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
