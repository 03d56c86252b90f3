using System.Globalization;
using Waymark.Analytics.Feedback;
using static Waymark.Analytics.Generation.Internals.TrialFeedbackTexts;

namespace Waymark.Analytics.Generation.Internals;

/// <summary>
/// Generates the trial's feedback for the customers of <see cref="TrialWalker"/>: comments, chats, e-mails,
/// reviews and surveys (CES at the data import, NPS after onboarding, CSAT after a support chat), timed after the
/// customer's event at that moment and mostly without a step, so the map's bindings place them. The truth planted
/// for the insights: customers frustrated at the data import convert far less than those happy there, and the mood
/// goes up and down from sign-up to the first project (happy, waiting, happy, frustrated, happy, unsure, happy).
/// </summary>
internal static class TrialFeedback
{
    /// <summary>Per moment: its activity, text pool, chance a customer there says something, chance they are happy.</summary>
    private static readonly (string Activity, TextPool Pool, double Chance, double Happy)[] Moments =
    [
        ("signup_completed", Signup, 0.15, 0.85),
        ("email_verified", Verify, 0.2, 0.15),
        ("template_selected", Template, 0.15, 0.88),
        ("project_created", Project, 0.14, 0.88),
        ("teammate_invited", Invite, 0.14, 0.3),
        ("comment_added", TeamUse, 0.1, 0.82),
        ("integration_connected", Integration, 0.12, 0.6),
        ("trial_reminder_opened", Reminder, 0.14, 0.35),
        ("quote_downloaded", Approval, 0.12, 0.5),
        ("subscription_started", Upgrade, 0.3, 0.9),
    ];

    public static List<FeedbackItem> Generate(IReadOnlyList<GeneratedEvent> events, DateTime until, int seed)
    {
        var random = new Random(seed);
        var items = new List<FeedbackItem>(3_000);
        foreach (var journey in TrialJourney.Of(events))
        {
            var say = new TrialSayer(random, journey, until.Ticks, items);
            foreach (var (activity, pool, chance, happy) in Moments)
            {
                if (journey.Reached(activity) && random.NextDouble() < chance)
                {
                    say.Comment(activity, pool, random.NextDouble() < happy);
                }
            }

            AddImport(random, journey, say);
            AddSurveys(random, journey, say);
        }

        AddPublicReviews(random, until, items);
        return items;
    }

    /// <summary>The planted moment: at the data import the mood follows whether the customer goes on to pay.</summary>
    private static void AddImport(Random random, TrialJourney journey, TrialSayer say)
    {
        if (!journey.Reached("data_imported"))
        {
            // Stuck before their data is in: a chat about the import, placed by its explicit activity.
            if (journey.Reached("template_selected") && random.NextDouble() < 0.2)
            {
                say.Chat("template_selected", Stuck, happy: random.NextDouble() < 0.1, activity: "data_imported");
            }

            return;
        }

        if (random.NextDouble() > 0.48)
        {
            return;
        }

        var happy = random.NextDouble() < (journey.Converted ? 0.82 : 0.2);
        journey.HappyAtImport = happy;
        if (random.NextDouble() < 0.7)
        {
            var ces = happy ? 5 + random.Next(3) : 1 + random.Next(3);
            say.Survey("data_imported", ScoreType.Ces, ces, random.NextDouble() < 0.75 ? DataImport : null, happy, "setup-effort");
        }
        else
        {
            say.Chat("data_imported", DataImport, happy, activity: random.NextDouble() < 0.5 ? "data_imported" : null);
        }
    }

    private static void AddSurveys(Random random, TrialJourney journey, TrialSayer say)
    {
        // NPS a day or two after the first project: promoters mostly among those who buy, detractors among the frustrated.
        if (journey.Reached("project_created") && random.NextDouble() < 0.3)
        {
            var promoter = journey.HappyAtImport ?? random.NextDouble() < (journey.Converted ? 0.75 : 0.4);
            var score = promoter ? (random.NextDouble() < 0.7 ? 9 + random.Next(2) : 7 + random.Next(2)) : random.Next(7);
            var pool = promoter ? (random.NextDouble() < 0.5 ? Project : TeamUse) : DataImport;
            say.Survey("project_created", ScoreType.Nps, score, random.NextDouble() < 0.6 ? pool : null, promoter && score >= 9, "onboarding-nps",
                delayHours: 24 + random.Next(48));
        }

        // CSAT after a support chat.
        if (journey.Reached("support_chat_started") && random.NextDouble() < 0.8)
        {
            var happy = random.NextDouble() < (journey.Converted ? 0.85 : 0.5);
            var score = happy ? 4 + random.Next(2) : 1 + random.Next(2);
            say.Survey("support_chat_started", ScoreType.Csat, score, random.NextDouble() < 0.7 ? Support : null, happy, "support-csat", source: FeedbackSource.Chat);
        }
    }

    /// <summary>Reviews and posts with no customer id: only a step's keywords can place them.</summary>
    private static void AddPublicReviews(Random random, DateTime until, List<FeedbackItem> items)
    {
        (TextPool Pool, double Happy)[] topics = [(DataImport, 0.3), (Verify, 0.2), (Template, 0.85), (Integration, 0.65), (Upgrade, 0.8), (Invite, 0.4)];
        string[] sites = ["G2", "Capterra", "Trustpilot", "Product Hunt"];
        for (var i = 0; i < 240; i++)
        {
            var (pool, happyShare) = topics[random.Next(topics.Length)];
            var happy = random.NextDouble() < happyShare;
            var social = random.NextDouble() < 0.3;
            var ticks = until.AddDays(-90).Ticks + (long)(random.NextDouble() * TimeSpan.FromDays(89).Ticks);
            var stars = happy ? 4 + random.Next(2) : 1 + random.Next(2);
            var properties = social ? """{"network":"linkedin"}""" : $$"""{"site":"{{sites[random.Next(sites.Length)]}}"}""";
            items.Add(new FeedbackItem("demo-fb-" + (items.Count + 1).ToString(CultureInfo.InvariantCulture), null, ticks, null, null,
                social ? ScoreType.None : ScoreType.Rating, social ? null : stars, Compose(random, pool, happy),
                social ? FeedbackSource.Social : FeedbackSource.Review, false, "en", properties));
        }
    }

    /// <summary>Composes one text: one or two sentences of the pool's mood, sometimes an opener, a closer, emoji.</summary>
    public static string Compose(Random random, TextPool pool, bool happy)
    {
        var sentences = happy ? pool.Happy : pool.Unhappy;
        var parts = new List<string>(4);
        if (random.NextDouble() < 0.3)
        {
            parts.Add(Draw.Pick(random, happy ? HappyOpeners : UnhappyOpeners));
        }

        var first = random.Next(sentences.Length);
        parts.Add(sentences[first]);
        if (sentences.Length > 1 && random.NextDouble() < 0.45)
        {
            parts.Add(sentences[(first + 1 + random.Next(sentences.Length - 1)) % sentences.Length]);
        }

        if (random.NextDouble() < 0.3)
        {
            parts.Add(Draw.Pick(random, happy ? HappyClosers : UnhappyClosers));
        }

        var text = string.Join(' ', parts.Where(p => p.Length > 0));
        if (random.NextDouble() < 0.15)
        {
            text += " " + string.Concat(Enumerable.Repeat(Draw.Pick(random, happy ? HappyEmoji : UnhappyEmoji), 1 + random.Next(3)));
        }

        return !happy && random.NextDouble() < 0.05 ? text.ToUpperInvariant() : text;
    }
}
