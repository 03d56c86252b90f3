using Waymark.Analytics.Events;
using Waymark.Analytics.Feedback;
using Waymark.Core.Maps;

namespace Waymark.Server.Features.Customers;

/// <summary>
/// A customer's feedback for their timeline: their items in time order (the first <see cref="Limit"/>), each placed by
/// the map's own <see cref="FeedbackPlacer"/> with the default window, so the timeline shows an item on the step the
/// map's feedback figures count it on.
/// </summary>
internal static class TimelineFeedback
{
    public const int Limit = 500;

    public static (int Total, List<TimelineFeedbackDto> Items) Of(FeedbackSnapshot snapshot, EventLog log, string customerId, JourneyMap? map)
    {
        var mine = new List<int>();
        for (var i = 0; i < snapshot.Items.Count; i++)
        {
            if (string.Equals(snapshot.Items[i].CustomerId, customerId, StringComparison.Ordinal))
            {
                mine.Add(i);
            }
        }

        mine.Sort((a, b) => snapshot.Items[a].UtcTicks.CompareTo(snapshot.Items[b].UtcTicks));
        var placer = map is null ? null : new FeedbackPlacer(log, map, FeedbackOptions.DefaultWindow);
        var items = new List<TimelineFeedbackDto>(Math.Min(mine.Count, Limit));
        foreach (var i in mine.Take(Limit))
        {
            var item = snapshot.Items[i];
            var placement = placer?.Place(item) ?? Placement.None;
            var placed = placement.Method != PlacementMethod.Unplaced;
            items.Add(new TimelineFeedbackDto(item.Id, new DateTime(item.UtcTicks, DateTimeKind.Utc), FeedbackNames.Of(item.ScoreType),
                item.ScoreType == ScoreType.None ? null : item.Score, item.Text, FeedbackNames.Of(item.Source), item.Solicited,
                string.IsNullOrWhiteSpace(item.Text) ? null : Math.Round(snapshot.Analyses[i].Sentiment, 3),
                placed ? placer!.StepIds[placement.Step] : null, placed ? placement.Method.ToString().ToLowerInvariant() : null));
        }

        return (mine.Count, items);
    }
}
