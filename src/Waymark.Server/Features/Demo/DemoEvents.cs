using System.Globalization;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Demo;

/// <summary>
/// Generates the demo workspace's events: customers walking <see cref="DemoJourney"/> over the days before
/// <c>until</c>, with drop-off, waits, detours, the odd step back to pricing, and attributes (plan, region, company
/// size, acquisition channel). Seeded, so the same <c>until</c> gives the same events.
/// </summary>
internal static class DemoEvents
{
    public sealed record Batch(List<NewEvent> Events, List<CustomerAttribute> Attributes);

    public static Batch Generate(int customers, DateTime until, int days = 90, int seed = 20261127)
    {
        var random = new Random(seed);
        var events = new List<NewEvent>(customers * 9);
        var attributes = new List<CustomerAttribute>(customers * 4);
        var first = until.AddDays(-days).Ticks;
        var span = until.AddDays(-1).Ticks - first;
        for (var c = 0; c < customers; c++)
        {
            var id = "cus-" + (c + 1).ToString("D5", CultureInfo.InvariantCulture);
            var (acquisition, lift) = PickAcquisition(random);
            var size = DemoJourney.CompanySizes[random.Next(DemoJourney.CompanySizes.Length)];
            attributes.Add(new CustomerAttribute(id, "acquisition_channel", acquisition));
            attributes.Add(new CustomerAttribute(id, "plan", DemoJourney.Plans[random.Next(DemoJourney.Plans.Length)]));
            attributes.Add(new CustomerAttribute(id, "region", DemoJourney.Regions[random.Next(DemoJourney.Regions.Length)]));
            attributes.Add(new CustomerAttribute(id, "company_size", size));
            var teamLift = size == "1-19" ? 0.9 : 1.0;
            Walk(random, id, first + (long)(random.NextDouble() * span), acquisition, lift * teamLift, until.Ticks, events);
        }

        return new Batch(events, attributes);
    }

    private static void Walk(Random random, string id, long ticks, string acquisition, double lift, long until, List<NewEvent> events)
    {
        var steps = DemoJourney.Steps;
        for (var s = 0; s < steps.Length; s++)
        {
            var step = steps[s];
            if (s > 0 && random.NextDouble() < step.SkipChance)
            {
                continue;
            }

            if (s > 0 && random.NextDouble() > Math.Min(0.98, step.Continue * lift))
            {
                return;
            }

            ticks += Wait(random, step.MedianWaitSeconds);
            for (var a = 0; a < step.Activities.Length; a++)
            {
                if (a > 0)
                {
                    ticks += Wait(random, 45);
                }

                if (ticks >= until)
                {
                    return;
                }

                var channel = s == 0 ? ChannelOfAcquisition(acquisition) : step.Channel;
                events.Add(new NewEvent($"demo-{id}-{events.Count}", id, ticks, step.Activities[a], channel, step.Properties));
            }

            ticks = AddDetours(random, id, s, ticks, until, events);
        }
    }

    private static long AddDetours(Random random, string id, int afterStep, long ticks, long until, List<NewEvent> events)
    {
        foreach (var (activity, chance, at, channel) in DemoJourney.Detours)
        {
            if (at == afterStep && random.NextDouble() < chance)
            {
                ticks += Wait(random, 300);
                if (ticks < until)
                {
                    events.Add(new NewEvent($"demo-{id}-{events.Count}", id, ticks, activity, channel, null));
                }
            }
        }

        // Some look at pricing again once they are in the product: off the designed order.
        if (afterStep == 6 && random.NextDouble() < 0.12)
        {
            ticks += Wait(random, 3_600);
            if (ticks < until)
            {
                events.Add(new NewEvent($"demo-{id}-{events.Count}", id, ticks, "pricing_viewed", "web", null));
            }
        }

        return ticks;
    }

    private static (string Channel, double Lift) PickAcquisition(Random random)
    {
        var total = DemoJourney.Acquisition.Sum(a => a.Weight);
        var pick = random.Next(total);
        foreach (var (channel, weight, lift) in DemoJourney.Acquisition)
        {
            if (pick < weight)
            {
                return (channel, lift);
            }

            pick -= weight;
        }

        return ("direct", 1.0);
    }

    private static string ChannelOfAcquisition(string acquisition) => acquisition switch
    {
        "social" or "display" or "search" => "ads",
        "email" => "email",
        _ => "web",
    };

    /// <summary>A log-normal wait around the median (sigma 0.8), in ticks.</summary>
    private static long Wait(Random random, double medianSeconds)
    {
        if (medianSeconds <= 0)
        {
            return 0;
        }

        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return (long)(medianSeconds * Math.Exp(0.8 * normal) * TimeSpan.TicksPerSecond);
    }
}
