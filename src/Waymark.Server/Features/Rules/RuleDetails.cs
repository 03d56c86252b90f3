using System.Globalization;

namespace Waymark.Server.Features.Rules;

/// <summary>What fired a rule, in words, for firings, examples and the activity feed (plain text).</summary>
internal static class RuleDetails
{
    public static string Reached(RuleWorld world, string stepId) => $"reached '{Step(world, stepId)}'";

    public static string Event(string activity) => $"did '{activity}'";

    public static string Feedback(RuleWorld world, string stepId, string? scoreType, double? score) =>
        score is { } s ? $"feedback on '{Step(world, stepId)}': {scoreType} {s.ToString("0.##", CultureInfo.InvariantCulture)}" : $"feedback on '{Step(world, stepId)}'";

    public static string Stalled(RuleWorld world, string stepId, string untilStepId, long seconds) =>
        $"stalled at '{Step(world, stepId)}': '{Step(world, untilStepId)}' not reached within {Duration(seconds)}";

    public static string Entered(string segmentName) => $"entered segment '{segmentName}'";

    public static string Step(RuleWorld world, string stepId) =>
        world.Steps.TryGetValue(stepId, out var name) && !string.IsNullOrWhiteSpace(name) ? name : stepId;

    private static string Duration(long seconds) => seconds switch
    {
        _ when seconds % 86400 == 0 => $"{seconds / 86400} d",
        _ when seconds % 3600 == 0 => $"{seconds / 3600} h",
        _ when seconds % 60 == 0 => $"{seconds / 60} min",
        _ => $"{seconds} s",
    };
}
