namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// The map flattened into steps in map order, with the funnel chosen: the bound steps from the entry to the outcome
/// (inclusive). An explicit entry or outcome that is unbound narrows to the nearest bound step inside the range.
/// </summary>
internal sealed class OverlayPlan
{
    public OverlayPlan(in OverlayOptions options)
    {
        var stages = options.Stages ?? [];
        for (var s = 0; s < stages.Count; s++)
        {
            foreach (var step in stages[s].Steps ?? [])
            {
                Steps.Add(step);
                StageOf.Add(s);
            }
        }

        var from = IndexOf(options.EntryStepId) ?? 0;
        var to = IndexOf(options.OutcomeStepId) ?? Steps.Count - 1;
        for (var i = 0; i < Steps.Count; i++)
        {
            if (!Steps[i].Bound)
            {
                UnboundStepIds.Add(Steps[i].Id);
            }
            else if (i >= from && i <= to)
            {
                Funnel.Add(i);
            }
        }

        EntryStepId = Funnel.Count > 0 ? Steps[Funnel[0]].Id : null;
        OutcomeStepId = Funnel.Count > 0 ? Steps[Funnel[^1]].Id : null;
    }

    public List<OverlayStep> Steps { get; } = [];

    /// <summary>Stage index of each step.</summary>
    public List<int> StageOf { get; } = [];

    /// <summary>Indexes into <see cref="Steps"/> of the in-funnel steps, in order.</summary>
    public List<int> Funnel { get; } = [];

    public List<string> UnboundStepIds { get; } = [];

    public string? EntryStepId { get; }

    public string? OutcomeStepId { get; }

    /// <summary>Indexes of the bound steps (visitors and trends are measured for every bound step).</summary>
    public List<int> BoundSteps() => [.. Enumerable.Range(0, Steps.Count).Where(i => Steps[i].Bound)];

    private int? IndexOf(string? stepId)
    {
        var index = stepId is null ? -1 : Steps.FindIndex(s => s.Id == stepId);
        return index >= 0 ? index : null;
    }
}
