using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// <see cref="EventFilter.Events"/> resolved to ids: per activity, whether any event of it matches, or the lists of
/// key/value id pairs of which one must hold on the event. A match naming an unknown key or value never holds.
/// </summary>
internal sealed class CompiledMatches
{
    private readonly EventLog _log;
    private readonly bool[] _always;
    private readonly int[][][] _conditional;

    public CompiledMatches(EventLog log, IReadOnlyList<EventMatch> matches)
    {
        _log = log;
        var count = Math.Max(1, log.Activities.Count);
        _always = new bool[count];
        _conditional = new int[count][][];
        Array.Fill(_conditional, []);
        foreach (var match in matches)
        {
            Add(match);
        }
    }

    /// <summary>Per activity id: every event of it matches (no property condition needed).</summary>
    public ReadOnlySpan<bool> Always => _always;

    /// <summary>No match has property conditions: an event is kept by its activity alone (<see cref="Always"/>).</summary>
    public bool ByActivityOnly { get; private set; } = true;

    /// <summary>Whether the log's event at <paramref name="index"/> matches one of the list.</summary>
    public bool Keeps(int index)
    {
        var a = _log.Activity[index];
        if (_always[a])
        {
            return true;
        }

        var set = _log.PropertySet is { } sets ? sets[index] : 0;
        foreach (var pairs in _conditional[a])
        {
            if (Holds(set, pairs))
            {
                return true;
            }
        }

        return false;
    }

    private bool Holds(int set, int[] pairs)
    {
        for (var p = 0; p < pairs.Length; p += 2)
        {
            if (_log.Properties.ValueId(set, pairs[p]) != pairs[p + 1])
            {
                return false;
            }
        }

        return true;
    }

    private void Add(EventMatch match)
    {
        var conditions = match?.Conditions ?? [];
        var pairs = new int[conditions.Count * 2];
        for (var c = 0; c < conditions.Count; c++)
        {
            pairs[2 * c] = _log.Properties.Keys.IdOf(conditions[c].Key);
            pairs[(2 * c) + 1] = _log.Properties.Values.IdOf(conditions[c].Value ?? "");
            if (pairs[2 * c] < 0 || pairs[(2 * c) + 1] < 0 || _log.PropertySet is null)
            {
                return;
            }
        }

        foreach (var name in match?.Activities ?? [])
        {
            var id = _log.Activities.IdOf(name);
            if (id < 0)
            {
                continue;
            }

            if (pairs.Length == 0)
            {
                _always[id] = true;
            }
            else
            {
                _conditional[id] = [.. _conditional[id], pairs];
                ByActivityOnly = false;
            }
        }
    }
}
