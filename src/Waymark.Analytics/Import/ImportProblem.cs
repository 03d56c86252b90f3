using System.Globalization;

namespace Waymark.Analytics.Import;

/// <summary>One bad row or fatal input error, located by 1-based line and character column.</summary>
public sealed record ImportProblem(long Line, long Column, string Reason)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Reason}");
}
