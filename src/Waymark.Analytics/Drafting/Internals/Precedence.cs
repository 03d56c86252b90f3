using Waymark.Analytics.Events;

namespace Waymark.Analytics.Drafting.Internals;

/// <summary>
/// For chosen activities a and b: how many customers who did both did a first (by first occurrence), and per
/// activity the events by channel. One pass over the customers.
/// </summary>
internal sealed class Precedence
{
    private Precedence(int count, int channels)
    {
        Before = new long[count, count];
        ChannelEvents = new long[count, channels];
    }

    /// <summary>Before[a, b]: customers whose first a comes before their first b.</summary>
    public long[,] Before { get; }

    public long[,] ChannelEvents { get; }

    public static Precedence Count(EventLog log, int[] slotOfActivity, int count)
    {
        var result = new Precedence(count, log.Channels.Count);
        var firstAt = new int[count];
        var present = new List<int>(count);
        for (var c = 0; c < log.CustomerCount; c++)
        {
            Array.Fill(firstAt, -1);
            present.Clear();
            var range = log.EventsOf(c);
            for (var i = range.Start.Value; i < range.End.Value; i++)
            {
                var slot = slotOfActivity[log.Activity[i]];
                if (slot < 0)
                {
                    continue;
                }

                result.ChannelEvents[slot, log.Channel[i]]++;
                if (firstAt[slot] < 0)
                {
                    firstAt[slot] = i;
                    present.Add(slot);
                }
            }

            // `present` is in order of first occurrence: every earlier entry came before every later one.
            for (var x = 0; x < present.Count; x++)
            {
                for (var y = x + 1; y < present.Count; y++)
                {
                    result.Before[present[x], present[y]]++;
                }
            }
        }

        return result;
    }
}
