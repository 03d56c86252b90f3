using System.Globalization;

namespace Waymark.Analytics.Generation.Internals;

/// <summary>
/// Generates the trial's events: customers walking <see cref="TrialModel"/> over the days before the end, with
/// drop-off, waits, detours, the odd step back to pricing, and attributes (plan, region, company size, acquisition
/// channel). One random source for all customers, in order, so the same options give the same events.
/// </summary>
internal static class TrialWalker
{
    public static (List<GeneratedEvent> Events, List<GeneratedAttribute> Attributes) Walk(GeneratorOptions options, DateTime until)
    {
        var customers = options.Customers;
        var random = new Random(options.Seed);
        var events = new List<GeneratedEvent>(customers * 9);
        var attributes = new List<GeneratedAttribute>(customers * 4);
        var first = options.EffectiveStart.Ticks;
        var span = until.AddDays(-1).Ticks - first;
        for (var c = 0; c < customers; c++)
        {
            var id = "cus-" + (c + 1).ToString("D5", CultureInfo.InvariantCulture);
            var (acquisition, lift) = PickAcquisition(random);
            var size = Draw.Pick(random, TrialModel.CompanySizes);
            attributes.Add(new GeneratedAttribute(id, "acquisition_channel", acquisition));
            attributes.Add(new GeneratedAttribute(id, "plan", Draw.Pick(random, TrialModel.Plans)));
            attributes.Add(new GeneratedAttribute(id, "region", Draw.Pick(random, TrialModel.Regions)));
            attributes.Add(new GeneratedAttribute(id, "company_size", size));
            var teamLift = size == "1-19" ? 0.9 : 1.0;
            WalkOne(random, id, first + (long)(random.NextDouble() * span), acquisition, lift * teamLift, until.Ticks, events);
        }

        return (events, attributes);
    }

    private static void WalkOne(Random random, string id, long ticks, string acquisition, double lift, long until, List<GeneratedEvent> events)
    {
        var steps = TrialModel.Steps;
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
                events.Add(new GeneratedEvent($"demo-{id}-{events.Count}", id, ticks, step.Activities[a], channel, step.Properties));
            }

            ticks = AddDetours(random, id, s, ticks, until, events);
        }
    }

    private static long AddDetours(Random random, string id, int afterStep, long ticks, long until, List<GeneratedEvent> events)
    {
        foreach (var (activity, chance, at, channel) in TrialModel.Detours)
        {
            if (at == afterStep && random.NextDouble() < chance)
            {
                ticks += Wait(random, 300);
                if (ticks < until)
                {
                    events.Add(new GeneratedEvent($"demo-{id}-{events.Count}", id, ticks, activity, channel, null));
                }
            }
        }

        // Some look at pricing again once they are in the product: off the designed order.
        if (afterStep == 6 && random.NextDouble() < 0.12)
        {
            ticks += Wait(random, 3_600);
            if (ticks < until)
            {
                events.Add(new GeneratedEvent($"demo-{id}-{events.Count}", id, ticks, "pricing_viewed", "web", null));
            }
        }

        return ticks;
    }

    private static (string Channel, double Lift) PickAcquisition(Random random)
    {
        var total = TrialModel.Acquisition.Sum(a => a.Weight);
        var pick = random.Next(total);
        foreach (var (channel, weight, lift) in TrialModel.Acquisition)
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
    private static long Wait(Random random, double medianSeconds) =>
        medianSeconds <= 0 ? 0 : (long)(medianSeconds * Math.Exp(0.8 * Draw.Normal(random)) * TimeSpan.TicksPerSecond);
}
