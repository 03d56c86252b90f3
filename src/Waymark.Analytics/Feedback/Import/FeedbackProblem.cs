using System.Globalization;

namespace Waymark.Analytics.Feedback.Import;

/// <summary>Why a row was not read: its 1-based line, the column (header or member name) when one is to blame.</summary>
public sealed record FeedbackProblem(long Line, string? Column, string Problem)
{
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Problem}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Problem}");
}
