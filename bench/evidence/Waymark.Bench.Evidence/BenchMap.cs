using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Bench.Evidence;

/// <summary>The map the overlay benchmark reads: the generated journey's main activities, one step each, in four stages.</summary>
internal static class BenchMap
{
    public static readonly (string Stage, string[] Activities)[] Stages =
    [
        ("Discover", ["Saw ad", "Visited homepage", "Viewed product"]),
        ("Sign up", ["Started signup", "Entered payment details", "Signup completed"]),
        ("Get going", ["Completed onboarding", "Used key feature"]),
        ("Stay", ["Renewed subscription"]),
    ];

    public static string[] Steps => [.. Stages.SelectMany(s => s.Activities)];

    public static string Json()
    {
        var map = new JourneyMap { Id = "map-bench", Name = "Generated trial (benchmark)" };
        var n = 0;
        foreach (var (name, activities) in Stages)
        {
            var stage = new Stage { Id = $"stg-{map.Stages.Count + 1}", Name = name };
            foreach (var activity in activities)
            {
                stage.Steps.Add(new Step
                {
                    Id = $"stp-{++n}",
                    Name = activity,
                    Binding = new StepBinding { Activities = [activity] },
                });
            }

            map.Stages.Add(stage);
        }

        map.Lanes.Add(new Lane { Id = "lane-actions", Kind = LaneKind.Text, Title = "Customer actions" });
        return MapSerializer.ToJson(map);
    }
}
