using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.Overlay.Internals;

/// <summary>
/// Everything the overlay measures in one pass over the customers: the engine's own funnel visitor for the step
/// funnel (so its figures are Analyze.Funnel's; stages are rolled up from it), and the visitor counts per bound step.
/// Each customer's events are read from memory once and scanned while they are hot in the cache.
/// </summary>
internal sealed class OverlayVisitor(FunnelVisitor? steps, StepVisits[] visits) : ICustomerVisitor<OverlayVisitor>
{
    public FunnelVisitor? Steps { get; } = steps;

    public StepVisits[] Visits { get; } = visits;

    public void Visit(in CustomerView customer)
    {
        Steps?.Visit(customer);
        foreach (var visit in Visits)
        {
            visit.Visit(customer);
        }
    }

    public void Merge(OverlayVisitor other)
    {
        Steps?.Merge(other.Steps!);
        for (var i = 0; i < Visits.Length; i++)
        {
            Visits[i].Merge(other.Visits[i]);
        }
    }
}
