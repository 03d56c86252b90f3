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
    /// <summary>True when a log was produced.</summary>
    public bool Succeeded => Log is not null;

    /// <summary>Rows left out (under <see cref="OnError.Skip"/>).</summary>
    public long RowsSkipped => Log is null ? RowsRead : ProblemCount;
}
