using System.Globalization;

namespace Waymark.Analytics.Feedback.Import;

/// <summary>
/// Why a row was not read: its 1-based line and, when one is to blame, the column: its header name (or the JSON
/// member's path) and, in a CSV, its 1-based position <see cref="Field"/>.
/// </summary>
public sealed record FeedbackProblem(long Line, string? Column, string Problem)
{
    /// <summary>1-based position of the CSV field to blame; 0 when no numbered field is (NDJSON, a missing column).</summary>
    public int Field { get; init; }

    public override string ToString() =>
        Field > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, field {Field} ({Column}): {Problem}")
        : Column is not null ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, {Column}: {Problem}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Problem}");
}
