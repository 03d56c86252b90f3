namespace Waymark.Analytics.Import;

/// <summary>
/// What an import produced. Under <see cref="OnError.Fail"/> a single problem leaves <see cref="Log"/> null:
/// nothing is imported.
/// </summary>
public sealed record ImportResult(
    Events.EventLog? Log,
    IReadOnlyList<ImportProblem> Problems,
    long ProblemCount,
    long RowsRead,
    bool Fatal)
{
    /// <summary>
    /// True when the file holds more than <see cref="ImportOptions.MaxRows"/> rows: reading stopped there, so
    /// <see cref="RowsRead"/> is only how far it got and <see cref="Log"/> is null.
    /// </summary>
    public bool OverRowLimit { get; init; }

    /// <summary>True when a log was produced.</summary>
    public bool Succeeded => Log is not null;

    /// <summary>Rows left out (under <see cref="OnError.Skip"/>).</summary>
    public long RowsSkipped => Log is null ? RowsRead : ProblemCount;
}
