using System.Globalization;
using Waymark.Analytics.Feedback;

namespace Waymark.Analytics.Generation.Internals;

/// <summary>Writes one trial customer's feedback items, each timed shortly after the customer's event at that moment.</summary>
internal sealed class TrialSayer(Random random, TrialJourney journey, long until, List<FeedbackItem> items)
{
    private static readonly FeedbackSource[] CommentSources =
        [FeedbackSource.Chat, FeedbackSource.Chat, FeedbackSource.Email, FeedbackSource.Other, FeedbackSource.Social];

    public void Comment(string after, TextPool pool, bool happy) =>
        Add(after, null, ScoreType.None, null, TrialFeedback.Compose(random, pool, happy), Draw.Pick(random, CommentSources), solicited: false, null, hours: 4);

    public void Chat(string after, TextPool pool, bool happy, string? activity) =>
        Add(after, activity, ScoreType.None, null, TrialFeedback.Compose(random, pool, happy), FeedbackSource.Chat, solicited: false, """{"agent":"Ana"}""", hours: 3);

    public void Survey(string after, ScoreType scoreType, int score, TextPool? comment, bool happy, string survey, int delayHours = 0,
        FeedbackSource source = FeedbackSource.Survey) =>
        Add(after, null, scoreType, score, comment is null ? null : TrialFeedback.Compose(random, comment, happy), source, solicited: true,
            $$"""{"survey":"{{survey}}"}""", hours: 2, delayHours);

    private void Add(string after, string? activity, ScoreType scoreType, double? score, string? text, FeedbackSource source, bool solicited,
        string? properties, int hours, int delayHours = 0)
    {
        var at = journey.FirstTime(after) + TimeSpan.FromHours(delayHours).Ticks;
        var ticks = at + (long)(random.NextDouble() * Math.Min(journey.GapAfter(at), TimeSpan.FromHours(hours).Ticks));
        if (ticks < until)
        {
            items.Add(new FeedbackItem("demo-fb-" + (items.Count + 1).ToString(CultureInfo.InvariantCulture), journey.CustomerId, ticks,
                null, activity, scoreType, score, text, source, solicited, "en", properties));
        }
    }
}
