using System.Text.RegularExpressions;
using Waymark.Analytics.Import;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// The parts every upload's query has, checked: the format (given, else from the file name), the delimiter and the
/// time zone. The file name is only a label (it picks a format by extension) and never touches the file system.
/// </summary>
internal readonly partial record struct UploadFile(ImportFormat Format, char Delimiter, TimeZoneInfo? Zone)
{
    /// <summary>The file's reading, or the query parameter to blame and why.</summary>
    public static (UploadFile? File, string? Path, string? Problem) Parse(string? fileName, string? format, string? delimiter, string? timeZone)
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

        var (zone, zoneProblem) = ZoneOf(timeZone);
        if (zoneProblem is not null)
        {
            return (null, "timeZone", zoneProblem);
        }

        return (new UploadFile(kind, separator, zone), null, null);
    }

    /// <summary>
    /// Any IANA zone (Asia/Kolkata, America/Argentina/Buenos_Aires, Etc/GMT+5, UTC), the same on every server: a
    /// Windows id ("W. Europe Standard Time") is turned away, and an id is only looked up when it has the shape of one.
    /// </summary>
    private static (TimeZoneInfo? Zone, string? Problem) ZoneOf(string? timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            return (null, null);
        }

        var id = timeZone.Trim();
        if (id.Length <= 64 && IanaId().IsMatch(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId)
        {
            return (zone, null);
        }

        return (null, $"Unknown time zone '{timeZone}': use an IANA id such as Europe/Berlin, or leave it out for UTC.");
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IanaId();

    /// <summary>A column named in the query, trimmed; null (recognise it from the header) when left out or blank.</summary>
    public static string? Column(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    /// <summary>The format a name or an explicit value gives; tsv is CSV with tabs.</summary>
    private static (ImportFormat Format, bool Tab, string? Problem) FormatOf(string? format, string? fileName)
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
}
