using Waymark.Core.Maps;

namespace Waymark.Analytics.Tests.Support;

/// <summary>One-stage maps whose steps are named by id and bound to activities ("-" for an unbound step).</summary>
public static class TestMaps
{
    public static JourneyMap Steps(params (string Id, string[] Activities)[] steps)
    {
        var stage = new Stage { Id = "stg-1", Name = "Journey" };
        foreach (var (id, activities) in steps)
        {
            stage.Steps.Add(new Step
            {
                Id = id,
                Name = id,
                Binding = activities.Length == 0 ? null : new StepBinding { Activities = [.. activities] },
            });
        }

        return new JourneyMap { Id = "map-test", Name = "Test", Stages = [stage] };
    }

    public static (string, string[]) Bound(string id, params string[] activities) => (id, activities);

    public static Step Step(JourneyMap map, string id) => map.AllSteps().Single(s => s.Id == id);
}
