using Waymark.Analytics.Import;

namespace Waymark.Analytics.Feedback.Import;

/// <summary>How to read a feedback file; <c>default</c> reads a CSV with recognised headers and times in UTC.</summary>
public readonly record struct FeedbackReadOptions
{
    /// <summary>Csv (tabs: set <see cref="Delimiter"/>) or Ndjson; Auto is CSV.</summary>
    public ImportFormat Format { get; init; }

    /// <summary>CSV field delimiter; '\0' detects , ; or tab from the header line.</summary>
    public char Delimiter { get; init; }

    /// <summary>Column names that override the recognised ones (null: recognise all).</summary>
    public FeedbackColumns? Columns { get; init; }

    /// <summary>Zone for times written without an offset (null: UTC).</summary>
    public TimeZoneInfo? DefaultTimeZone { get; init; }

    /// <summary>Longest accepted line in characters (0: 1 MiB); a longer one stops the reading.</summary>
    public int MaxLineLength { get; init; }

    internal int EffectiveMaxLineLength => MaxLineLength > 0 ? MaxLineLength : ImportOptions.DefaultMaxLineLength;
}
