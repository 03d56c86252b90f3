namespace Waymark.Analytics.Text.Internals;

/// <summary>
/// Intent cues, written here: leaving (cancel), going to a competitor (switch), money back (refund), a formal
/// complaint, praise, and a question. Negated cues count for nothing ("I won't cancel"), except those whose negation
/// is itself an intent ("won't renew" is leaving, "won't recommend" is a complaint).
/// </summary>
internal static class IntentCues
{
    public static IEnumerable<(string Phrase, Cue Cue)> All()
    {
        foreach (var (intents, negated, phrases) in Groups)
        {
            foreach (var phrase in phrases.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                yield return (phrase, new Cue(null, 0, 0, intents, negated));
        }
    }

    private static readonly (Intents Intents, Intents WhenNegated, string Phrases)[] Groups =
    [
        (Intents.Cancel, Intents.None, "cancel, cancelling, canceling, cancelled my, canceled my, cancellation, unsubscribe, unsubscribed, close my account, closing my account, delete my account, deleting my account, "
            + "terminate, terminating, end my subscription, end my contract, ending my subscription, leaving you, i'm done, i am done, done with, never again, not renewing, won't be renewing, "
            + "last order, last purchase, goodbye, lost a customer, lost my business, churn"),
        (Intents.None, Intents.Cancel, "renew, renewing, stay with, staying with, continue using, continue with, coming back, be back, order again, buy again, use again"),
        (Intents.Switch, Intents.None, "switch to, switching to, switched to, switch providers, switch provider, switching providers, move to, moving to, moved to, go elsewhere, going elsewhere, "
            + "take my business elsewhere, taking my business elsewhere, competitor, competitors, competition, another provider, another company, another bank, another service, another app, "
            + "different provider, different company, other provider, other providers, alternative, alternatives, better deal elsewhere, better offer"),
        (Intents.Refund, Intents.None, "refund, refunds, refunded, refunding, money back, my money, reimburse, reimbursed, reimbursement, chargeback, charge back, charged back, compensation, compensate, "
            + "credit back, return it, return my, send it back, sent it back, sending it back, full refund, partial refund"),
        (Intents.Complaint, Intents.None, "complaint, complaints, complain, complaining, complained, file a complaint, formal complaint, escalate, escalated, escalating, speak to a manager, talk to a manager, supervisor, "
            + "unacceptable, disgrace, disgraceful, ridiculous, outrageous, appalling, ombudsman, lawyer, legal action, report you, reporting you, bbb, trading standards, worst"),
        (Intents.Praise, Intents.Complaint, "recommend, recommended, recommending"),
        (Intents.Praise, Intents.None, "thank you, thanks, thank, kudos, well done, great job, good job, nice job, keep up, shout out, shoutout, props to, hats off, five stars, 5 stars, "
            + "above and beyond, the extra mile, love it, love this, love the, loved it, love you, best ever, second to none, highly recommend, grateful, appreciate, appreciated"),
        (Intents.Question, Intents.None, "any idea, wondering if, i was wondering, please advise, please let me know, let me know if"),
    ];

    /// <summary>Question openers: a question only when they start the sentence.</summary>
    public static IEnumerable<(string Phrase, Cue Cue)> Openers() =>
        ("how do i, how can i, how to, how do you, how does, is there a way, is there any way, is it possible, can you, could you, "
            + "where can i, where do i, where is, when will, when can, when does, what is the, what are the, what's the, do you, does it, "
            + "does the, does this, would it be possible, who do i, which one, can someone, can anyone, does anyone, is anyone")
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(p => (p, new Cue(null, 0, 0, Intents.Question, Intents.None, OpensSentence: true)));
}
