namespace Waymark.Analytics.Import;

/// <summary>
/// How to read an event file. Every member has a working default, so <c>default(ImportOptions)</c> imports a
/// CSV with recognised headers, UTC for timestamps without offset, and fails on the first bad rows.
/// </summary>
public readonly record struct ImportOptions
{
    public const int DefaultMaxLineLength = 1 << 20;
    public const int MaxReportedProblems = 20;

    public ImportFormat Format { get; init; }

    /// <summary>CSV field delimiter; '\0' detects , ; or tab from the header line.</summary>
    public char Delimiter { get; init; }

    /// <summary>Header names that override the recognised ones (null: recognise).</summary>
    public string? CustomerColumn { get; init; }

    public string? ActivityColumn { get; init; }

    public string? TimestampColumn { get; init; }

    public string? ChannelColumn { get; init; }

    /// <summary>CSV/NDJSON columns that hold customer attributes (also: every column named case:*).</summary>
    public IReadOnlyList<string>? AttributeColumns { get; init; }

    /// <summary>Zone for timestamps written without an offset (null: UTC).</summary>
    public TimeZoneInfo? DefaultTimeZone { get; init; }

    public OnError OnError { get; init; }

    /// <summary>How many problems the result lists (0: <see cref="MaxReportedProblems"/>); all are counted.</summary>
    public int ReportedProblems { get; init; }

    /// <summary>XES: activity is "concept:name+lifecycle:transition" instead of concept:name alone.</summary>
    public bool JoinLifecycle { get; init; }

    /// <summary>Longest accepted line in characters (0: 1 MiB); a longer one stops the import.</summary>
    public int MaxLineLength { get; init; }

    /// <summary>
    /// Longest customer id, activity or channel a row may have (0: no limit). When set (a store's column size), a
    /// longer one, or one holding a NUL character, is a bad row named by its line and field (see NameRules).
    /// </summary>
    public int MaxNameLength { get; init; }

    /// <summary>
    /// Rows (events and bad rows) after which the import stops reading and builds no log (0: no limit); the result
    /// says <see cref="ImportResult.OverRowLimit"/>. Checked as the readers report progress, so at most one report
    /// interval (65,536 rows, or one CSV block) is read past it.
    /// </summary>
    public long MaxRows { get; init; }

    /// <summary>A CSV of customer attributes (first column the customer id, a header row of keys).</summary>
    public string? CustomersFile { get; init; }

    /// <summary>Characters per block for the parallel CSV reader (0: 1 Mi); small values let tests cross blocks.</summary>
    internal int BlockChars { get; init; }

    /// <summary>Size of an uncompressed input file (0: unknown), to size the columns ahead.</summary>
    internal long InputBytes { get; init; }

    internal int EffectiveMaxLineLength => MaxLineLength > 0 ? MaxLineLength : DefaultMaxLineLength;

    internal int EffectiveReportedProblems => ReportedProblems > 0 ? ReportedProblems : MaxReportedProblems;

    internal TimeZoneInfo Zone => DefaultTimeZone ?? TimeZoneInfo.Utc;

    /// <summary>Why a name cannot be kept under <see cref="MaxNameLength"/>, or null (always null without a limit).</summary>
    internal string? NameProblem(ReadOnlySpan<char> name) => MaxNameLength > 0 ? Core.Text.NameRules.Problem(name, MaxNameLength) : null;
}
