using Waymark.Analytics.Drafting.Internals;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Events;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Drafting;

/// <summary>
/// Drafts a current-state journey map from a log, ready to edit:
/// <list type="number">
/// <item>steps: the activities reached by the most customers (at least 1% of them, but always the top three), up to
/// the step limit;</item>
/// <item>order: by which activity customers who do both do first (see <c>StepOrder</c>), ties by the most
/// common path;</item>
/// <item>stages: 3 to 6 groups of consecutive steps, cut where the median time between steps is longest
/// (see <c>StageSplit</c>);</item>
/// <item>lanes: customer actions (reach and time from the previous step), channels (each activity's most common
/// channel), and an empty emotion curve and pain points for the team to fill;</item>
/// <item>every step bound to its activity.</item>
/// </list>
/// </summary>
public static class MapDrafter
{
    /// <summary>Activities done by fewer than this share of customers are left out of a draft.</summary>
    public const double MinReach = 0.01;

    public const string DefaultName = "Journey drafted from data";

    /// <summary>The draft, or null when the log has no events.</summary>
    public static JourneyMap? Draft(EventLog log, DraftOptions options = default)
    {
        if (log.EventCount == 0)
        {
            return null;
        }

        var stats = Analyze.Stats(log);
        var threshold = Math.Max(1, (long)Math.Ceiling(stats.Customers * MinReach));
        // The three most reached always stay, so a log of rare activities still gives a map to start from.
        var picked = stats.Activities.Where((a, rank) => rank < DraftOptions.MinSteps || a.Customers >= threshold)
            .Take(options.EffectiveSteps).ToList();
        var slotOf = new int[log.Activities.Count];
        Array.Fill(slotOf, -1);
        for (var s = 0; s < picked.Count; s++)
        {
            slotOf[log.Activities.IdOf(picked[s].Activity)] = s;
        }

        var precedence = Precedence.Count(log, slotOf, picked.Count);
        var chosen = picked.Select((a, s) => new DraftActivity(
            log.Activities.IdOf(a.Activity), a.Activity, a.Customers, CommonChannel(log, precedence.ChannelEvents, s))).ToList();
        var commonPath = Analyze.Variants(log, new VariantOptions { Top = 1 }).Top.FirstOrDefault()?.Activities ?? [];
        var ordered = StepOrder.Sort(chosen, precedence.Before, commonPath);
        var gaps = StepGaps.Medians(log, ordered);
        var sizes = StageSplit.Sizes(gaps, ordered.Count);
        var facts = new DraftFacts(stats.Customers, stats.Events, log.HasTimestamps);
        return DraftMapBuilder.Build(options.Name ?? DefaultName, ordered, gaps, sizes, facts);
    }

    private static string? CommonChannel(EventLog log, long[,] channelEvents, int slot)
    {
        var (best, bestEvents) = (0, 0L);
        for (var ch = 1; ch < channelEvents.GetLength(1); ch++)
        {
            if (channelEvents[slot, ch] > bestEvents)
            {
                (best, bestEvents) = (ch, channelEvents[slot, ch]);
            }
        }

        return best == 0 ? null : log.Channels[best];
    }
}
