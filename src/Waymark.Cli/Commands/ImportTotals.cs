namespace Waymark.Cli.Commands;

/// <summary>The server's answers to an import, added up; keeps the first few rejections with their file position.</summary>
public sealed class ImportTotals(string noun = "event")
{
    public const int ShownRejections = 5;
    private readonly List<string> _reasons = [];

    public long Accepted { get; private set; }
    public long Duplicates { get; private set; }
    public long Rejected { get; private set; }

    internal void Add(IngestAnswer answer, int firstEvent)
    {
        Accepted += answer.Accepted;
        Duplicates += answer.Duplicates;
        Rejected += answer.Rejected.Count;
        foreach (var (index, reason) in answer.Rejected)
        {
            if (_reasons.Count < ShownRejections)
            {
                _reasons.Add($"{noun} {Cells.Count(firstEvent + index + 1L, true)}: {reason}");
            }
        }
    }

    public void WriteTo(CliContext context)
    {
        context.Line($"accepted {Cells.Count(Accepted, true)}, duplicates {Cells.Count(Duplicates, true)}, rejected {Cells.Count(Rejected, true)}");
        foreach (var reason in _reasons)
        {
            context.Error.WriteLine("rejected " + reason);
        }

        if (Rejected > _reasons.Count)
        {
            context.Error.WriteLine($"... and {Cells.Count(Rejected - _reasons.Count, true)} more rejected");
        }
    }
}
