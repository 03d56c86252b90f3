using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.Rules;

/// <summary>Checks a <see cref="RuleRequest"/> field by field against the map and workspace, naming each problem by its JSON path.</summary>
internal static class RuleRequestCheck
{
    public static List<MapProblem> Problems(RuleRequest request, RuleWorld world, string prefix = "")
    {
        var problems = new List<MapProblem>();
        void Add(string path, string message) => problems.Add(new MapProblem(prefix + path, message));
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            Add("name", "Name the rule (1 to 120 characters).");
        }
        else
        {
            TextProblem(name, RuleLimits.MaxName, "name", "The name", Add);
        }

        if (request.Enabled is null)
        {
            Add("enabled", "Say whether the rule is on (true or false).");
        }

        if (request.Trigger is not { } trigger)
        {
            Add("trigger", $"A rule needs a trigger, of kind: {string.Join(", ", RuleKinds.All)}.");
        }
        else
        {
            RuleTriggerCheck.Check(trigger, world, Add);
        }

        CheckConditions(request.Conditions, world, Add);
        CheckFrequency(request.Frequency, Add);
        CheckActions(request.Actions, world, Add);
        return problems;
    }

    /// <summary>Text of at most <paramref name="max"/> characters with no control characters (it is shown as text, never markup).</summary>
    public static void TextProblem(string text, int max, string path, string what, Action<string, string> add)
    {
        if (text.Length > max)
        {
            add(path, $"{what} is {text.Length} characters; the most is {max}.");
        }
        else if (text.Any(char.IsControl))
        {
            add(path, $"{what} holds control characters; only text is kept.");
        }
    }

    public static void CheckFilters(RuleFilter[]? filters, string path, Action<string, string> add)
    {
        if (filters is null)
        {
            return;
        }

        if (filters.Length > RuleLimits.MaxFilters)
        {
            add(path, $"At most {RuleLimits.MaxFilters} conditions; {filters.Length} were sent.");
            return;
        }

        for (var i = 0; i < filters.Length; i++)
        {
            var at = $"{path}[{i}]";
            if (filters[i] is not { } f)
            {
                add(at, "A condition is { key, op, value }.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(f.Key))
            {
                add(at + ".key", "Name the key the condition looks at.");
            }
            else
            {
                TextProblem(f.Key, RuleLimits.MaxText, at + ".key", "The key", add);
            }

            if (f.Op is null || !RuleKinds.Ops.Contains(f.Op))
            {
                add(at + ".op", $"'{Short(f.Op)}' is not an op; one of: {string.Join(", ", RuleKinds.Ops)}.");
            }
            else if (f.Op != "exists" && f.Value is null)
            {
                add(at + ".value", $"The op '{f.Op}' compares with a value; give one.");
            }
            else if (f.Op is "gt" or "lt" && !double.TryParse(f.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                add(at + ".value", $"'{Short(f.Value)}' is not a number; '{f.Op}' compares numbers.");
            }
            else if (f.Value is { } v)
            {
                TextProblem(v, RuleLimits.MaxText, at + ".value", "The value", add);
            }
        }
    }

    public static string Short(string? text) => text is null ? "null" : text.Length > 60 ? text[..60] + "…" : text;

    private static void CheckConditions(RuleConditions? conditions, RuleWorld world, Action<string, string> add)
    {
        if (conditions is null)
        {
            return;
        }

        if (conditions.SegmentId is { Length: > 0 } segment && !world.Segments.Contains(segment))
        {
            add("conditions.segmentId", $"There is no segment '{Short(segment)}' in this workspace.");
        }

        CheckFilters(conditions.Attributes, "conditions.attributes", add);
    }

    private static void CheckFrequency(RuleFrequency? frequency, Action<string, string> add)
    {
        if (frequency is null)
        {
            add("frequency", "Say how often the rule fires per customer: { reentry: once | always | after }.");
            return;
        }

        if (frequency.Reentry is null || !RuleKinds.Reentries.Contains(frequency.Reentry))
        {
            add("frequency.reentry", $"'{Short(frequency.Reentry)}' is not a re-entry; one of: {string.Join(", ", RuleKinds.Reentries)}.");
        }
        else if (frequency.Reentry == "after" && frequency.ReentryAfterSeconds is not (>= 1 and <= RuleLimits.MaxWithinSeconds))
        {
            add("frequency.reentryAfterSeconds", $"With re-entry 'after', give the seconds since the last firing: 1 to {RuleLimits.MaxWithinSeconds:N0}.");
        }

        if (frequency.MaxPerDay is { } max && max is < 1 or > RuleLimits.MaxPerDay)
        {
            add("frequency.maxPerDay", $"maxPerDay is 1 to {RuleLimits.MaxPerDay:N0} (leave it out for no cap).");
        }
    }

    private static void CheckActions(RuleActions? actions, RuleWorld world, Action<string, string> add)
    {
        if (actions is null)
        {
            add("actions", "Say what the rule does: { webhookEndpointIds: [...], activityFeed: true|false }.");
            return;
        }

        var ids = actions.WebhookEndpointIds ?? [];
        if (ids.Length > RuleLimits.MaxEndpoints)
        {
            add("actions.webhookEndpointIds", $"At most {RuleLimits.MaxEndpoints} endpoints; {ids.Length} were sent.");
            return;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] is null || !world.Endpoints.Contains(ids[i]))
            {
                add($"actions.webhookEndpointIds[{i}]", $"There is no webhook endpoint '{Short(ids[i])}' in this workspace.");
            }
        }

        if (ids.Length == 0 && actions.ActivityFeed != true)
        {
            add("actions", "A rule does something: name a webhook endpoint, or put it on the activity feed.");
        }
    }
}
