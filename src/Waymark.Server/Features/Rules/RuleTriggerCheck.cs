namespace Waymark.Server.Features.Rules;

/// <summary>Checks a rule's trigger: its kind, and the fields that kind needs (steps on the map, a segment of the workspace, bounds).</summary>
internal static class RuleTriggerCheck
{
    public static void Check(RuleTrigger trigger, RuleWorld world, Action<string, string> add)
    {
        switch (trigger.Kind)
        {
            case RuleKinds.ReachedStep:
                Step(trigger.StepId, "trigger.stepId", world, add);
                break;
            case RuleKinds.Event:
                if (string.IsNullOrWhiteSpace(trigger.Activity))
                {
                    add("trigger.activity", "An event rule names the activity it matches.");
                }
                else
                {
                    RuleRequestCheck.TextProblem(trigger.Activity, RuleLimits.MaxText, "trigger.activity", "The activity", add);
                }

                RuleRequestCheck.CheckFilters(trigger.Properties, "trigger.properties", add);
                break;
            case RuleKinds.Feedback:
                Step(trigger.StepId, "trigger.stepId", world, add);
                Feedback(trigger.Feedback, add);
                break;
            case RuleKinds.Stalled:
                Stalled(trigger, world, add);
                break;
            case RuleKinds.SegmentEntered:
                if (string.IsNullOrEmpty(trigger.SegmentId))
                {
                    add("trigger.segmentId", "A segment-entered rule names the segment.");
                }
                else if (!world.Segments.Contains(trigger.SegmentId))
                {
                    add("trigger.segmentId", $"There is no segment '{RuleRequestCheck.Short(trigger.SegmentId)}' in this workspace.");
                }

                break;
            default:
                add("trigger.kind", $"'{RuleRequestCheck.Short(trigger.Kind)}' is not a trigger kind; one of: {string.Join(", ", RuleKinds.All)}.");
                break;
        }
    }

    private static void Step(string? stepId, string path, RuleWorld world, Action<string, string> add)
    {
        if (string.IsNullOrEmpty(stepId))
        {
            add(path, "Name the step (its id on the map).");
        }
        else if (!world.Steps.ContainsKey(stepId))
        {
            add(path, $"The map has no step '{RuleRequestCheck.Short(stepId)}'.");
        }
    }

    private static void Stalled(RuleTrigger trigger, RuleWorld world, Action<string, string> add)
    {
        Step(trigger.StepId, "trigger.stepId", world, add);
        Step(trigger.UntilStepId, "trigger.untilStepId", world, add);
        if (trigger.StepId is not null && trigger.StepId == trigger.UntilStepId)
        {
            add("trigger.untilStepId", "The step to reach next must differ from the step the wait starts at.");
        }

        if (trigger.WithinSeconds is not (>= RuleLimits.MinWithinSeconds and <= RuleLimits.MaxWithinSeconds))
        {
            add("trigger.withinSeconds", $"The wait is {RuleLimits.MinWithinSeconds} to {RuleLimits.MaxWithinSeconds:N0} seconds (one minute to one year).");
        }
    }

    private static void Feedback(RuleFeedbackCondition? f, Action<string, string> add)
    {
        if (f is null)
        {
            return; // any feedback on the step
        }

        Range(f.ScoreMin, f.ScoreMax, 0, 10, "trigger.feedback.scoreMin", "trigger.feedback.scoreMax", "A score", add);
        Range(f.EffortMin, f.EffortMax, 1, 7, "trigger.feedback.effortMin", "trigger.feedback.effortMax", "An effort (CES)", add);
        if (f.Sentiment is { } s && !RuleKinds.Sentiments.Contains(s))
        {
            add("trigger.feedback.sentiment", $"'{RuleRequestCheck.Short(s)}' is not a sentiment; one of: {string.Join(", ", RuleKinds.Sentiments)}.");
        }

        if (f.Intent is { } i && !RuleKinds.Intents.Contains(i))
        {
            add("trigger.feedback.intent", $"'{RuleRequestCheck.Short(i)}' is not an intent; one of: {string.Join(", ", RuleKinds.Intents)}.");
        }
    }

    private static void Range(double? min, double? max, double low, double high, string minPath, string maxPath, string what, Action<string, string> add)
    {
        if (min is { } a && (double.IsNaN(a) || a < low || a > high))
        {
            add(minPath, $"{what} is {low} to {high}.");
        }

        if (max is { } b && (double.IsNaN(b) || b < low || b > high))
        {
            add(maxPath, $"{what} is {low} to {high}.");
        }
        else if (min is { } lo && max is { } hi && hi < lo)
        {
            add(maxPath, "The maximum is below the minimum.");
        }
    }
}
