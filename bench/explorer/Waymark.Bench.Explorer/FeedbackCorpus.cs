using System.Globalization;
using Waymark.Data.FeedbackStores;

namespace Waymark.Bench.Explorer;

/// <summary>
/// Generated feedback that reads like a product's: a topic, what happened and how it felt, 8 to 40 words, from a
/// seeded random source so every run (and both sides of it) searches the same 500,000 texts.
/// </summary>
internal static class FeedbackCorpus
{
    private static readonly string[] Topics =
    [
        "the CSV import", "billing", "the invoice page", "onboarding", "the checklist", "customer support", "the mobile app",
        "checkout", "the dashboard", "search", "notifications", "the export to PDF", "password reset", "the café menu",
        "the integration with Slack", "the pricing page", "login", "the refund process", "the API docs", "team invitations",
    ];

    private static readonly string[] Happenings =
    [
        "kept failing after the update", "was slow again today", "worked the first time", "took three attempts",
        "crashed when I clicked save", "is confusing and I had to call twice", "was quick and painless", "lost my changes",
        "asked for my card twice", "never sent the email", "helped me get started", "is missing a dark mode",
        "timed out on large files", "showed the wrong totals", "made the whole team happy", "needs a clearer button",
    ];

    private static readonly string[] Feelings =
    [
        "I want a refund.", "Thanks a lot!", "Really frustrating.", "Love it.", "Please fix this soon.", "I am thinking of switching.",
        "Great job, team.", "Not impressed.", "Why is this so hard?", "Works as expected.", "Honestly a naïve design.", "I will cancel next month.",
    ];

    private static readonly string[] Fillers =
    [
        "we use it every day", "for our weekly report", "on my laptop", "since last week", "with a big customer file", "from the office",
        "on a slow connection", "in the evening", "after the trial ended", "during a demo",
    ];

    private static readonly string[] Sources = ["survey", "review", "chat", "call", "social", "email"];

    public static IEnumerable<NewFeedback> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        var span = TimeSpan.FromDays(330).Ticks;
        for (var i = 0; i < count; i++)
        {
            var text = Text(random);
            var source = Sources[random.Next(Sources.Length)];
            var scored = source == "survey" || random.Next(4) == 0;
            yield return new NewFeedback(
                "fb-" + i.ToString(CultureInfo.InvariantCulture), "c" + random.Next(200_000).ToString(CultureInfo.InvariantCulture),
                start + (long)(random.NextDouble() * span), null, null, scored ? "nps" : null, scored ? random.Next(11) : null,
                random.Next(20) == 0 ? null : text, source, source == "survey", "en", null);
        }
    }

    private static string Text(Random random)
    {
        var parts = new List<string>
        {
            Pick(random, Topics) + " " + Pick(random, Happenings),
        };
        for (var k = random.Next(3); k > 0; k--)
            parts.Add(Pick(random, Fillers));
        parts.Add(Pick(random, Feelings));
        var text = string.Join(", ", parts[..^1]) + ". " + parts[^1];
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
