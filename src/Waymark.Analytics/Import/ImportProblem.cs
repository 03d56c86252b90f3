using System.Globalization;

namespace Waymark.Analytics.Import;

/// <summary>
/// One bad row or fatal input error: its 1-based line; the field to blame when there is one (<see cref="Field"/>,
/// the 1-based position of a CSV field, and <see cref="FieldName"/>, its header name, or the JSON member path or
/// XES key); and <paramref name="Column"/>, the 1-based character position in the line where the reader stopped.
/// </summary>
public sealed record ImportProblem(long Line, long Column, string Reason)
{
    /// <summary>1-based position of the CSV field the problem is in; 0 when no numbered field is to blame.</summary>
    public int Field { get; init; }

    /// <summary>The field's header name, or the JSON member (path) or XES key; null when none is to blame.</summary>
    public string? FieldName { get; init; }

    /// <summary>Where in the line: "field 2 (time)", "properties.k", "character 17" (a syntax error), or null.</summary>
    public string? Where =>
        Field > 0 ? (string.IsNullOrEmpty(FieldName) ? Invariant($"field {Field}") : Invariant($"field {Field} ({FieldName})"))
        : FieldName is not null ? FieldName
        : Column > 1 ? Invariant($"character {Column}")
        : null;

    /// <summary>The reason led by where it is ("field 2 (time): cannot read ..."), unless the reason names it already.</summary>
    public string Located => Where is { } where && (FieldName is null || !Reason.StartsWith(FieldName, StringComparison.Ordinal))
        ? $"{where}: {Reason}"
        : Reason;

    public override string ToString() => Invariant($"line {Line}") + (ReferenceEquals(Located, Reason) ? ": " : ", ") + Located;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
