namespace Waymark.Analytics.Generation.Internals;

/// <summary>
/// Writes feedback at the moments that invite it: CSAT after support, NPS after signup, CES after a failed
/// payment, a review after cancelling. Scores lean lower for customers whose payment failed.
/// </summary>
internal sealed class FeedbackWriter
{
    public CharBuffer Buffer { get; } = new();

    public long Count { get; private set; }

    public void MaybeWrite(Random random, int customer, int state, string channel, DateTime time, bool paymentFailed)
    {
        var penalty = paymentFailed ? 1.0 : 0.0;
        var (chance, source, solicited, metric, score, max) = state switch
        {
            JourneyModel.ContactedSupport => (0.3, SourceOf(channel), true, "csat", Score(random, 4.0 - (1.5 * penalty), 1.0, 1, 5), 5),
            JourneyModel.SignupCompleted => (0.2, "survey", true, "nps", Score(random, 8.0 - (3 * penalty), 2.0, 0, 10), 10),
            JourneyModel.PaymentFailed => (0.15, "survey", true, "ces", Score(random, 3.0, 1.2, 1, 7), 7),
            JourneyModel.Cancelled => (0.3, "review", false, "rating", Score(random, 1.8, 0.8, 1, 5), 5),
            _ => (0.0, "", false, "", 0, 1),
        };
        if (chance == 0 || random.NextDouble() >= chance)
        {
            return;
        }

        var at = time.AddSeconds(60 + random.Next(6 * 3600));
        Buffer.AppendCustomer(customer).Append(',').AppendTime(at).Append(',').Append(source).Append(',')
            .Append(solicited ? "true" : "false").Append(',').Append(metric).Append(',').AppendNumber(score).Append(',');
        if (random.NextDouble() < 0.7)
        {
            Buffer.Append('"').Append(TextFor(random, (double)score / max)).Append('"');
        }

        Buffer.Append('\n');
        Count++;
    }

    private static string SourceOf(string channel) => channel switch { "phone" => "call", "chat" => "chat", _ => "email" };

    private static int Score(Random random, double mean, double spread, int min, int max) =>
        (int)Math.Clamp(Math.Round(mean + (spread * Draw.Normal(random))), min, max);

    private static string TextFor(Random random, double tone)
    {
        var texts = tone >= 0.7 ? FeedbackTexts.Positive : tone >= 0.4 ? FeedbackTexts.Neutral : FeedbackTexts.Negative;
        return Draw.Pick(random, texts);
    }
}
