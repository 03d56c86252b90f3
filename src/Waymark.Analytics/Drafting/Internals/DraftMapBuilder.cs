using System.Globalization;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Drafting.Internals;

/// <summary>Writes the ordered, grouped activities as a journey map document.</summary>
internal static class DraftMapBuilder
{
    public static JourneyMap Build(string name, IReadOnlyList<DraftActivity> ordered, IReadOnlyList<long?> gaps, IReadOnlyList<int> sizes, DraftFacts facts)
    {
        var map = new JourneyMap
        {
            Id = Ids.New("map"),
            Name = name,
            Kind = MapKind.CurrentState,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Drafted from {facts.Customers:N0} customers and {facts.Events:N0} events: the most common activities in the order customers do them, grouped into stages where customers pause longest. Each step is bound to its activity."),
        };
        var actions = Lane(LaneKind.Actions, "Customer actions");
        var channels = Lane(LaneKind.Channels, "Channels");
        map.Lanes.AddRange([actions, channels, Lane(LaneKind.EmotionCurve, "Emotion curve"), Lane(LaneKind.PainPoints, "Pain points")]);
        var index = 0;
        foreach (var size in sizes)
        {
            var stage = new Stage { Id = Ids.New("stg") };
            for (var k = 0; k < size; k++, index++)
            {
                var activity = ordered[index];
                var step = new Step
                {
                    Id = Ids.New("stp"),
                    Name = ReadableNames.Of(activity.Name),
                    Binding = new StepBinding { Activities = [activity.Name] },
                };
                stage.Steps.Add(step);
                actions.Cells[step.Id] = new Cell { Text = ActionText(activity, Previous(ordered, gaps, index), facts) };
                if (activity.Channel is { } channel)
                {
                    channels.Cells[step.Id] = new Cell { Channels = [MapChannels.Of(channel)] };
                }
            }

            stage.Name = StageName(stage);
            stage.Description = StageDescription(gaps, index - size, size, facts.HasTimestamps);
            map.Stages.Add(stage);
        }

        return map;
    }

    private static (string Name, long? Gap)? Previous(IReadOnlyList<DraftActivity> ordered, IReadOnlyList<long?> gaps, int index) =>
        index == 0 ? null : (ReadableNames.Of(ordered[index - 1].Name), gaps[index - 1]);

    private static string ActionText(DraftActivity activity, (string Name, long? Gap)? previous, DraftFacts facts)
    {
        var share = facts.Customers == 0 ? 0 : (double)activity.Customers / facts.Customers;
        var text = string.Create(CultureInfo.InvariantCulture, $"{activity.Customers:N0} customers ({Math.Round(share * 100):0}%) do this");
        if (previous is { Gap: { } gap } p && facts.HasTimestamps)
        {
            text += $", a median {DurationText.Of(TimeSpan.FromTicks(gap))} after “{p.Name}”";
        }

        return text + ".";
    }

    private static string StageName(Stage stage) =>
        stage.Steps.Count == 1 ? stage.Steps[0].Name : $"{stage.Steps[0].Name} → {stage.Steps[^1].Name}";

    private static string? StageDescription(IReadOnlyList<long?> gaps, int first, int size, bool hasTimestamps)
    {
        var last = first + size - 1;
        if (!hasTimestamps || last >= gaps.Count)
        {
            return null;
        }

        return gaps[last] is { } gap
            ? $"A median {DurationText.Of(TimeSpan.FromTicks(gap))} passes before customers go on to the next stage."
            : "No customer goes straight on from here to the next stage.";
    }

    private static Lane Lane(LaneKind kind, string title) => new() { Id = Ids.New("lan"), Kind = kind, Title = title };
}
