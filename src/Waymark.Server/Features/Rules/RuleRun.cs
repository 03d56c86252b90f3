using Waymark.Core.Maps;
using Waymark.Data.Entities;
using Waymark.Server.Features.Segments;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// An enabled, unbroken rule as the evaluator runs it: the row, its definition, its map (and the map's source), its
/// segments' conditions, and the segment a segment-entered rule watches as its webhooks name it.
/// </summary>
internal sealed record RuleRun(
    RuleEntity Entity, RuleDefinition Definition, JourneyMap Map, string MapName, string? SourceId, RuleWorld World,
    SegmentConditions? Condition, SegmentConditions? Entered, RulePayloadRef? EnteredSegment = null)
{
    public RuleTrigger Trigger => Definition.Trigger;

    public string Kind => Entity.Kind;

    /// <summary>The index of a step in map order (as StepMatcher and FeedbackPlacer number them), -2 when absent.</summary>
    public int StepIndex(string? stepId)
    {
        var i = 0;
        foreach (var step in Map.AllSteps())
        {
            if (step.Id == stepId)
            {
                return i;
            }

            i++;
        }

        return -2;
    }
}
