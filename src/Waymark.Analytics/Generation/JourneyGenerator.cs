using Waymark.Analytics.Generation.Internals;

namespace Waymark.Analytics.Generation;

/// <summary>
/// Writes realistic synthetic journeys (presets in <see cref="GeneratorPresets"/>), from one of two journey models:
/// <list type="bullet">
/// <item><see cref="Generate"/>: subscription journeys (a Markov chain over 16 activities) as CSV: events
/// (customer_id,timestamp,activity,channel; each customer's events together, in time order), customers (plan,
/// region, acquisition channel) and feedback (scores and short texts). Chunks of customers are generated in parallel
/// and written in order, so memory stays small at millions of customers.</item>
/// <item><see cref="GenerateTrial"/>: the SaaS trial the demo workspace shows (the "saas-trial" template's
/// activities, detours, attributes for segments, feedback with planted insights), in memory.</item>
/// </list>
/// Both are seeded: the same options give the same output, whatever the number of threads.
/// </summary>
public static class JourneyGenerator
{
    public const string EventsHeader = "customer_id,timestamp,activity,channel";
    public const string CustomersHeader = "customer_id,plan,region,acquisition_channel";
    public const string FeedbackHeader = "customer_id,timestamp,source,solicited,metric,score,text";

    private const int ChunkSize = 8_192;

    public static GeneratorSummary Generate(GeneratorOptions options, TextWriter events, TextWriter? customers = null, TextWriter? feedback = null, IProgress<double>? progress = null)
    {
        events.Write(EventsHeader + "\n");
        customers?.Write(CustomersHeader + "\n");
        feedback?.Write(FeedbackHeader + "\n");
        var chunks = (options.Customers + ChunkSize - 1) / ChunkSize;
        var batch = Math.Max(1, Environment.ProcessorCount * 2);
        long eventCount = 0, feedbackCount = 0;
        for (var first = 0; first < chunks; first += batch)
        {
            var generators = new ChunkGenerator[Math.Min(batch, chunks - first)];
            Parallel.For(0, generators.Length, i =>
            {
                var chunk = first + i;
                generators[i] = new ChunkGenerator(options, chunk);
                generators[i].Generate(chunk * ChunkSize, Math.Min(options.Customers, (chunk + 1) * ChunkSize));
            });
            foreach (var generator in generators)
            {
                events.Write(generator.Events.Span);
                customers?.Write(generator.Customers.Span);
                feedback?.Write(generator.Feedback.Span);
                eventCount += generator.EventCount;
                feedbackCount += generator.FeedbackCount;
            }

            progress?.Report((double)Math.Min(chunks, first + batch) / chunks);
        }

        return new GeneratorSummary(options.Customers, eventCount, feedbackCount);
    }

    /// <summary>
    /// Trial journeys starting in the first <c>Days - 1</c> days from <c>Start</c>, cut at <c>Start + Days</c> (nothing
    /// happens at or after it). Events draw from <c>Seed</c> and feedback from <c>Seed + 1</c>, so the feedback never
    /// changes the events.
    /// </summary>
    public static GeneratedJourneys GenerateTrial(GeneratorOptions options)
    {
        var until = options.EffectiveStart.AddDays(options.EffectiveDays);
        var (events, attributes) = TrialWalker.Walk(options, until);
        return new GeneratedJourneys(events, attributes, TrialFeedback.Generate(events, until, unchecked(options.Seed + 1)));
    }
}
