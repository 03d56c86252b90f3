namespace Waymark.Analytics.Import.Internals;

/// <summary>Collects bad rows: keeps the first few (20 unless asked), counts all, and tells the reader when to stop.</summary>
internal sealed class ProblemLog(OnError mode, int listed = ImportOptions.MaxReportedProblems)
{
    private readonly List<ImportProblem> _first = [];

    public long Count { get; private set; }

    public bool Fatal { get; private set; }

    public IReadOnlyList<ImportProblem> First => _first;

    /// <summary>Fail mode stops once 20 problems are listed; a fatal problem always stops.</summary>
    public bool ShouldStop => Fatal || (mode == OnError.Fail && Count >= ImportOptions.MaxReportedProblems);

    /// <summary>Under Fail, rows after the first problem are only checked, never kept.</summary>
    public bool KeepRows => mode == OnError.Skip || Count == 0;

    /// <summary>A bad row; <paramref name="field"/> (1-based, 0: none) and its name say which field is to blame.</summary>
    public void Add(long line, long column, string reason, int field = 0, string? fieldName = null) =>
        Add(new ImportProblem(line, column, reason) { Field = field, FieldName = fieldName });

    public void Add(ImportProblem problem)
    {
        Count++;
        if (_first.Count < listed)
        {
            _first.Add(problem);
        }
    }

    public void AddFatal(long line, long column, string reason)
    {
        Add(line, column, reason);
        Fatal = true;
    }
}
