using Waymark.Analytics.Engine;
using Waymark.Analytics.Insights;
using Waymark.Analytics.Mapping;
using Waymark.Analytics.Overlay;

namespace Waymark.Analytics.Tests.Reconciliation;

/// <summary>The reconciliation rules (docs/analytics.md, "Figures"), each an assertion naming the case.</summary>
public static class ReconciliationRules
{
    /// <summary>Steps are Analyze.Funnel's; reached(k+1) = reached(k) − lost(k); entered and outcome are its ends.</summary>
    public static void Steps(ReconcileCase c, OverlayFigures overlay)
    {
        var inFunnel = overlay.Steps.Where(s => s.InFunnel).ToList();
        if (inFunnel.Count == 0)
        {
            Assert.True(overlay.Entrants == 0, $"{c}: entrants without a funnel");
            return;
        }

        var steps = c.Map.AllSteps().Where(s => inFunnel.Any(f => f.StepId == s.Id))
            .Select(s => new FunnelStep(s.Id, s.Binding!.Activities)).ToList();
        if (steps.Count == 1)
        {
            steps.Add(new FunnelStep("", []));
        }

        var funnel = Analyze.Funnel(c.Log, new FunnelOptions { Steps = steps, Mode = FunnelMode.Ordered, Filter = c.Filter });
        for (var k = 0; k < inFunnel.Count; k++)
        {
            Assert.True(funnel.Steps[k].Customers == inFunnel[k].Customers, $"{c}: step {inFunnel[k].StepId} reached {inFunnel[k].Customers}, the funnel {funnel.Steps[k].Customers}");
            if (k + 1 < inFunnel.Count)
            {
                Assert.True(inFunnel[k + 1].Customers == inFunnel[k].Customers - inFunnel[k].DropOff, $"{c}: reached(k+1) != reached(k) - lost(k) at {inFunnel[k].StepId}");
                Assert.True(inFunnel[k].DropOff >= 0, $"{c}: negative lost at {inFunnel[k].StepId}");
            }
            else
            {
                Assert.Null(inFunnel[k].DropOff);
            }
        }

        Assert.True(overlay.Entrants == inFunnel[0].Customers, $"{c}: entered != reached(entry)");
        Assert.True(overlay.Outcome.Customers == inFunnel[^1].Customers, $"{c}: outcome != reached(outcome step)");
    }

    /// <summary>A stage is its first in-funnel step: customers ≤ entered, its lost = the sum of its steps' lost.</summary>
    public static void Stages(ReconcileCase c, OverlayFigures overlay)
    {
        var byId = overlay.Steps.ToDictionary(s => s.StepId);
        var measured = new List<(StageFigures Figures, List<StepFigures> Steps)>();
        foreach (var (stage, figures) in c.Map.Stages.Zip(overlay.Stages))
        {
            var steps = stage.Steps.Select(s => byId[s.Id]).Where(s => s.InFunnel).ToList();
            if (steps.Count == 0)
            {
                Assert.True(figures.Customers == 0 && figures.DropOff is null, $"{c}: stage {stage.Id} has figures without in-funnel steps");
                continue;
            }

            Assert.True(figures.Customers == steps[0].Customers, $"{c}: stage {stage.Id} shows {figures.Customers}, its first step {steps[0].Customers}");
            Assert.True(figures.Customers <= overlay.Entrants, $"{c}: stage {stage.Id} shows {figures.Customers} over {overlay.Entrants} entered");
            Assert.True(steps.All(s => s.Customers <= figures.Customers), $"{c}: a step of stage {stage.Id} shows more than the stage");
            measured.Add((figures, steps));
        }

        for (var m = 0; m + 1 < measured.Count; m++)
        {
            var lost = measured[m].Steps.Sum(s => s.DropOff ?? 0);
            Assert.True(measured[m].Figures.DropOff == lost, $"{c}: stage {measured[m].Figures.StageId} loses {measured[m].Figures.DropOff}, its steps {lost}");
            Assert.True(measured[m + 1].Figures.Customers == measured[m].Figures.Customers - lost, $"{c}: stage {measured[m + 1].Figures.StageId} != previous − its lost");
        }
    }

    /// <summary>
    /// Paths see the overlay's funnel (entered, reached, lost) and: ended-here = the move to "Leaves"; lost-and-ended
    /// ≤ both; every path starts once and ends once.
    /// </summary>
    public static void Paths(ReconcileCase c, OverlayFigures overlay, ActualPaths paths)
    {
        Assert.True(paths.Entered == overlay.Entrants, $"{c}: paths' entered {paths.Entered}, overlay's {overlay.Entrants}");
        Assert.True(paths.Entered <= paths.Customers, $"{c}: more entered than seen on a step");
        var inFunnel = overlay.Steps.Where(s => s.InFunnel).ToList();
        Assert.Equal(inFunnel.Select(s => s.StepId), paths.Funnel.Select(f => f.StepId));
        foreach (var (step, read) in inFunnel.Zip(paths.Funnel))
        {
            var leaves = paths.Transitions.Where(t => t.FromStepId == step.StepId && t.ToStepId is null).Sum(t => t.Customers);
            Assert.True(read.Reached == step.Customers && read.Lost == step.DropOff, $"{c}: paths' funnel at {step.StepId} differs from the overlay");
            Assert.True(read.EndedHere == leaves, $"{c}: ended at {step.StepId} {read.EndedHere}, move to Leaves {leaves}");
            Assert.True(read.LostAndEndedHere <= read.EndedHere && read.LostAndEndedHere <= (read.Lost ?? 0), $"{c}: lost-and-ended at {step.StepId} exceeds a part");
        }

        Assert.True(paths.Transitions.Where(t => t.FromStepId is null).Sum(t => t.Customers) == paths.Customers, $"{c}: starts != customers");
        Assert.True(paths.Transitions.Where(t => t.ToStepId is null).Sum(t => t.Customers) == paths.Customers, $"{c}: leaves != customers");
    }

    /// <summary>An insight's drop-off is the step's lost, over the same entrants.</summary>
    public static void Insights(OverlayFigures overlay, InsightsResult insights)
    {
        Assert.Equal(overlay.Entrants, insights.Entrants);
        foreach (var finding in insights.Findings.Where(f => f.Evidence.Measure == "dropOff"))
        {
            var step = overlay.Steps.Single(s => s.StepId == finding.StepId);
            Assert.Equal(step.DropOff, finding.CustomersAffected);
            Assert.Equal(step.DropOff, finding.Evidence.DropOff);
            Assert.Contains("lost", finding.Title, StringComparison.Ordinal);
        }
    }
}
