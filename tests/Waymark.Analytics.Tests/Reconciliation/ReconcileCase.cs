using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Analytics.Tests.Support;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Tests.Reconciliation;

/// <summary>
/// One generated case for the reconciliation rules: a map of 2-4 stages with bound, unbound and overlapping steps
/// (some entry and outcome chosen, some not), a log of random journeys with repeats, skips, back-steps and ties in
/// time, customers in two plans, and a filter that may hold a period and a segment. Built from a seed so a failing
/// case is named by it.
/// </summary>
public sealed record ReconcileCase(int Seed, JourneyMap Map, EventLog Log, EventFilter Filter)
{
    private static readonly string[] Activities = ["A", "B", "C", "D", "E", "F", "G"];

    public static ReconcileCase Build(int seed, int customers, bool period, bool segment)
    {
        var random = new Random(seed);
        var map = RandomMap(random);
        var log = new TestLog();
        for (var c = 0; c < customers; c++)
        {
            var minute = random.Next(0, 60 * 24 * 10);
            var events = new string[random.Next(0, 12)];
            for (var e = 0; e < events.Length; e++)
            {
                // Mostly forward through A..G with skips, sometimes back, often repeats; 0-minute gaps make ties.
                minute += random.Next(0, 4) == 0 ? 0 : random.Next(1, 900);
                var activity = random.Next(0, 3) == 0 ? random.Next(Activities.Length) : Math.Min(Activities.Length - 1, e + random.Next(0, 2));
                events[e] = $"{Activities[activity]}@{minute}";
            }

            var plan = random.Next(0, 3) == 0 ? "pro" : "free";
            if (events.Length > 0)
            {
                log.Customer($"c{c}", events).Attribute($"c{c}", "plan", plan);
            }
        }

        var filter = new EventFilter
        {
            From = period ? TestLog.Origin.AddDays(random.Next(0, 4)) : null,
            To = period ? TestLog.Origin.AddDays(random.Next(5, 12)) : null,
            AttributeKey = segment ? "plan" : null,
            AttributeValues = segment ? ["pro"] : null,
        };
        return new ReconcileCase(seed, map, log.Build(), filter);
    }

    public override string ToString() => $"seed {Seed}, {Log.CustomerCount} customers, entry {Map.EntryStepId ?? "-"}, outcome {Map.OutcomeStepId ?? "-"}";

    private static JourneyMap RandomMap(Random random)
    {
        var map = new JourneyMap { Id = "map-prop", Name = "Property" };
        var number = 0;
        for (var s = random.Next(2, 5); s > 0; s--)
        {
            var stage = new Stage { Id = $"stg-{map.Stages.Count}", Name = $"Stage {map.Stages.Count}" };
            for (var t = random.Next(1, 4); t > 0; t--)
            {
                var id = $"stp-{number++}";
                var bound = random.Next(0, 5) > 0;
                var activities = bound ? Activities.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList() : [];
                stage.Steps.Add(new Step { Id = id, Name = id, Binding = bound ? new StepBinding { Activities = activities } : null });
            }

            map.Stages.Add(stage);
        }

        var ids = map.AllSteps().Select(s => s.Id).ToList();
        var entry = random.Next(0, 3) == 0 ? random.Next(0, ids.Count) : -1;
        var outcome = random.Next(0, 3) == 0 ? random.Next(Math.Max(0, entry), ids.Count) : -1;
        map.EntryStepId = entry >= 0 ? ids[entry] : null;
        map.OutcomeStepId = outcome >= 0 ? ids[outcome] : null;
        return map;
    }
}
