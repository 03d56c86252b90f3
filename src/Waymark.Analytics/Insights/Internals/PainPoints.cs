using Waymark.Analytics.Feedback.Internals;
using Waymark.Analytics.Text;
using Waymark.Core.Maps;
using static Waymark.Analytics.Insights.Internals.InsightContext;

namespace Waymark.Analytics.Insights.Internals;

/// <summary>
/// Pain points by customers affected and outcomes lost: the map's cards linked to a topic (customers whose placed
/// feedback mentions it) or an activity (customers who did it), and, per step, the top topics of negative feedback
/// no card links (derived pain points; a topic whose texts are the same as an earlier one's is left out). Outcomes lost = affected × (others' outcome rate − affected's), at least 0.
/// Ranked by outcomes lost, then customers affected.
/// </summary>
internal static class PainPoints
{
    public const int DerivedPerStep = 2;

    /// <summary>A derived pain point needs this many negative texts at its step that mention it.</summary>
    public const int MinMentions = 3;

    public static IEnumerable<Finding> Find(InsightContext c, IReadOnlyList<string> tracked)
    {
        var cards = Cards(c.Set.Map).ToList();
        foreach (var (stepId, card) in cards)
        {
            if (Linked(c, stepId, card, tracked) is { CustomersAffected: > 0 } finding)
            {
                yield return finding;
            }
        }

        var linked = cards.Select(x => x.Card.LinkedTopic).OfType<string>().ToList();
        for (var step = 0; step < c.Set.StepIds.Count; step++)
        {
            foreach (var finding in Derived(c, step, linked))
            {
                yield return finding;
            }
        }
    }

    /// <summary>Pain-point cards with a link, with the step their cell sits at.</summary>
    public static IEnumerable<(string StepId, PainPoint Card)> Cards(JourneyMap map) =>
        from lane in map.Lanes
        where lane.Kind == LaneKind.PainPoints
        from cell in lane.Cells
        from card in cell.Value.PainPoints
        where !string.IsNullOrWhiteSpace(card.LinkedTopic) || !string.IsNullOrWhiteSpace(card.LinkedActivity)
        select (cell.Key, card);

    /// <summary>The activities the customer pass must remember (at most 64).</summary>
    public static IReadOnlyList<string> TrackedActivities(JourneyMap map) =>
        [.. Cards(map).Select(x => x.Card.LinkedActivity).OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Take(64)];

    private static Finding Linked(InsightContext c, string stepId, PainPoint card, IReadOnlyList<string> tracked)
    {
        var topic = string.IsNullOrWhiteSpace(card.LinkedTopic) ? null : card.LinkedTopic.Trim();
        var activity = string.IsNullOrWhiteSpace(card.LinkedActivity) ? null : card.LinkedActivity;
        var mentioning = topic is null ? [] : c.Set.Counted.Where(i => c.Set.Placements[i].IsPlaced && c.Mentions(i, topic)).ToList();
        var affected = new HashSet<int>(mentioning.Select(i => c.Set.CustomerOf[i]).Where(c.InScope));
        var trackedIndex = activity is null ? -1 : IndexOf(tracked, activity);
        if (trackedIndex >= 0 && c.Set.Facts is { } facts)
        {
            foreach (var customer in InScopeCustomers(c))
            {
                if (facts.Did(customer, trackedIndex))
                {
                    affected.Add(customer);
                }
            }
        }

        var people = c.People(mentioning, affected);
        var quotes = mentioning.Count > 0 ? mentioning : [.. c.Set.ByStep[Math.Max(0, c.StepIndex(stepId))].Where(i => affected.Contains(c.Set.CustomerOf[i]))];
        var shown = topic is not null && c.TopicOf(topic) is >= 0 and var id ? c.Topics.LabelOf(id) : topic;
        var what = topic is not null ? $"customers' feedback mentions “{shown}”" : $"customers did {activity}";
        return Build(c, $"painpoint-{card.Id}", stepId, card.Text.Trim(), card.Id, topic, activity, affected, people, what, quotes);
    }

    private static IEnumerable<Finding> Derived(InsightContext c, int step, List<string> linked)
    {
        var negative = c.Set.ByStep[step].Where(i => c.Set.HasText(i) && c.PolarityOf(i) < 0).ToList();
        if (negative.Count < MinMentions)
        {
            yield break;
        }

        var stepId = c.Set.StepIds[step];
        var made = new List<HashSet<int>>();
        foreach (var topic in c.Topics.Top(negative, 5, Quotes.MaxQuotes))
        {
            if (made.Count == DerivedPerStep)
            {
                yield break;
            }

            var mentioning = negative.Where(i => c.Mentions(i, topic.Phrase)).ToList();
            var id = c.TopicOf(topic.Phrase);
            if (mentioning.Count < MinMentions || linked.Any(l => (id >= 0 && c.TopicOf(l) == id) || TopicIndex.Mentions(l, topic.Phrase) || TopicIndex.Mentions(topic.Phrase, l)) ||
                made.Any(m => m.SetEquals(mentioning)))
            {
                continue;
            }

            made.Add([.. mentioning]);
            var affected = new HashSet<int>(mentioning.Select(i => c.Set.CustomerOf[i]).Where(c.InScope));
            var title = $"“{topic.Label}” at {c.Name(stepId)}";
            yield return Build(c, $"painpoint-topic-{stepId}-{Slug(topic.Phrase)}", stepId, title, null, topic.Phrase, null,
                affected, c.People(mentioning), $"customers' negative feedback at {c.Name(stepId)} mentions “{topic.Label}”", mentioning);
        }
    }

    private static Finding Build(InsightContext c, string id, string stepId, string title, string? cardId, string? topic, string? activity,
        HashSet<int> affected, long people, string what, IEnumerable<int> quoteItems)
    {
        double? affectedRate = null, othersRate = null;
        long? lost = null;
        var scope = c.Set.Facts?.InScopeCount ?? 0;
        if (c.OutcomeStep >= 0 && affected.Count > 0 && scope > affected.Count)
        {
            long affectedReached = affected.Count(c.Reached);
            affectedRate = (double)affectedReached / affected.Count;
            othersRate = (double)(c.Set.Facts!.ReachedCount - affectedReached) / (scope - affected.Count);
            lost = Math.Max(0, (long)Math.Round(affected.Count * (othersRate.Value - affectedRate.Value)));
        }

        var detail = affectedRate is { } a && othersRate is { } o
            ? $"{Count(people)} {what}; {Percent(a)} of them reached {c.OutcomeName}, against {Percent(o)} of the others."
            : $"{Count(people)} {what}.";

        return new Finding(id, FindingKinds.PainPoint, stepId, [stepId], title, detail, people, lost,
            Math.Round((lost ?? 0) + ((double)people / (scope + people + 1)), 6),
            new FindingEvidence
            {
                PainPointId = cardId, Topic = topic, Activity = activity,
                OutcomeRateAffected = affectedRate is { } ar ? Math.Round(ar, 6) : null,
                OutcomeRateOthers = othersRate is { } or ? Math.Round(or, 6) : null,
                Quotes = Quotes.Pick(c.Set, quoteItems, direction: -1),
            });
    }

    private static IEnumerable<int> InScopeCustomers(InsightContext c)
    {
        if (c.Set.Facts is not { } facts)
        {
            yield break;
        }

        for (var customer = 0; customer < facts.Count; customer++)
        {
            if (facts.InScope(customer))
            {
                yield return customer;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Slug(string phrase) =>
        new([.. phrase.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-')]);
}
