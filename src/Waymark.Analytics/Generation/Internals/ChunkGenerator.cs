namespace Waymark.Analytics.Generation.Internals;

/// <summary>
/// Generates one chunk of customers into CSV text. A chunk draws from its own seeded random source, so output
/// depends only on (seed, customers) whatever the number of threads.
/// </summary>
internal sealed class ChunkGenerator(GeneratorOptions options, int chunk)
{
    private const int MaxEvents = 60;
    private readonly Random _random = new(unchecked((options.Seed * 7_919) + (chunk * 104_729)));
    private readonly FeedbackWriter _feedbackWriter = new();

    public CharBuffer Events { get; } = new();

    public CharBuffer Customers { get; } = new();

    public CharBuffer Feedback => _feedbackWriter.Buffer;

    public long EventCount { get; private set; }

    public long FeedbackCount => _feedbackWriter.Count;

    public void Generate(int from, int to)
    {
        for (var id = from; id < to; id++)
        {
            GenerateCustomer(id);
        }
    }

    private void GenerateCustomer(int id)
    {
        var plan = Pick(JourneyModel.Plans);
        var region = Pick(JourneyModel.Regions);
        var acquisition = Pick(JourneyModel.Acquisition);
        Customers.AppendCustomer(id).Append(',').Append(plan).Append(',').Append(region).Append(',').Append(acquisition).Append('\n');
        var dropOff = DropOffFactor(plan, acquisition);
        var fromAd = acquisition is "search" or "social" or "display";
        var state = fromAd ? JourneyModel.SawAd : JourneyModel.VisitedHomepage;
        var time = options.EffectiveStart.AddSeconds(Math.Floor(_random.NextDouble() * options.EffectiveDays * 86_400));
        var paymentFailed = false;
        for (var n = 0; n < MaxEvents && state >= 0; n++)
        {
            var channel = n == 0 && fromAd ? acquisition : Pick(JourneyModel.Channels[state]);
            Events.AppendCustomer(id).Append(',').AppendTime(time).Append(',').Append(JourneyModel.Activities[state]).Append(',').Append(channel).Append('\n');
            EventCount++;
            paymentFailed |= state == JourneyModel.PaymentFailed;
            _feedbackWriter.MaybeWrite(_random, id, state, channel, time, paymentFailed);
            state = Next(state, dropOff);
            time = state >= 0 ? time.AddSeconds(Delay(state)) : time;
        }
    }

    private static double DropOffFactor(string plan, string acquisition)
    {
        var factor = acquisition switch
        {
            "referral" => 0.7, "direct" => 0.85, "email" => 0.9, "social" => 1.15, "display" => 1.3, _ => 1.0,
        };
        return plan is "pro" or "enterprise" ? factor * 0.85 : factor;
    }

    /// <summary>The next activity, or -1 when the journey ends (the leftover weight, scaled by the drop-off factor).</summary>
    private int Next(int state, double dropOff)
    {
        var transitions = JourneyModel.Transitions[state];
        var total = 0.0;
        foreach (var (_, weight) in transitions)
        {
            total += weight;
        }

        var end = Math.Max(0, 1 - total) * dropOff;
        var draw = _random.NextDouble() * (total + end);
        foreach (var (next, weight) in transitions)
        {
            if (draw < weight)
            {
                return next;
            }

            draw -= weight;
        }

        return -1;
    }

    private double Delay(int state)
    {
        var median = JourneyModel.MedianDelaySeconds[state];
        return Math.Max(1, Math.Round(median * Math.Exp(0.8 * Draw.Normal(_random))));
    }

    private string Pick(string[] values) => Draw.Pick(_random, values);
}
