using Waymark.Analytics.Events;
using Waymark.Core.Maps;

namespace Waymark.Analytics.Mapping;

/// <summary>
/// A map's step bindings resolved against one log: an event stands for a step when its activity is one of the
/// step's activities and every property filter of the binding equals the event's property. Steps are numbered in
/// map order (stage by stage); an event may stand for several steps when their bindings overlap.
/// </summary>
public sealed class StepMatcher
{
    private readonly EventLog _log;
    private readonly Candidate[]?[] _byActivity;

    private StepMatcher(EventLog log, IReadOnlyList<Step> steps)
    {
        _log = log;
        StepIds = [.. steps.Select(s => s.Id)];
        Bound = [.. steps.Select(s => s.Binding is { Activities.Count: > 0 })];
        BoundActivity = new bool[log.Activities.Count];
        var lists = new List<Candidate>?[log.Activities.Count];
        for (var step = 0; step < steps.Count; step++)
        {
            foreach (var name in steps[step].Binding?.Activities ?? [])
            {
                var activity = log.Activities.IdOf(name);
                if (activity >= 0 && TryCompile(log, steps[step].Binding!.Filter, out var filter))
                {
                    BoundActivity[activity] = true;
                    (lists[activity] ??= []).Add(new Candidate(step, filter));
                }
                else if (activity >= 0)
                {
                    BoundActivity[activity] = true;
                }
            }
        }

        _byActivity = [.. lists.Select(l => l?.DistinctBy(c => c.Step).ToArray())];
    }

    /// <summary>Step ids in map order.</summary>
    public IReadOnlyList<string> StepIds { get; }

    /// <summary>Per step (map order): whether it names at least one activity.</summary>
    public IReadOnlyList<bool> Bound { get; }

    public int StepCount => StepIds.Count;

    /// <summary>Per activity id of the log: some step names it (whatever its filter), so it is not a hidden journey.</summary>
    internal bool[] BoundActivity { get; }

    public static StepMatcher Compile(EventLog log, JourneyMap map) => new(log, [.. map.AllSteps()]);

    /// <summary>Every step (map order) the event at this log index stands for.</summary>
    public IReadOnlyList<int> StepsOf(int eventIndex)
    {
        var result = new List<int>();
        foreach (var candidate in _byActivity[_log.Activity[eventIndex]] ?? [])
        {
            if (Admits(candidate, eventIndex))
            {
                result.Add(candidate.Step);
            }
        }

        return result;
    }

    /// <summary>
    /// The one step an event counts for on a path: of the steps it stands for, the first at or after
    /// <paramref name="current"/> (the customer's step so far), else the first; -1 when none.
    /// </summary>
    internal int StepOf(int eventIndex, int current)
    {
        var candidates = _byActivity[_log.Activity[eventIndex]];
        if (candidates is null)
        {
            return -1;
        }

        var first = -1;
        foreach (var candidate in candidates)
        {
            if (Admits(candidate, eventIndex))
            {
                if (candidate.Step >= current)
                {
                    return candidate.Step;
                }

                first = first < 0 ? candidate.Step : first;
            }
        }

        return first;
    }

    /// <summary>Whether the event at this log index stands for the step (map order).</summary>
    internal bool StandsFor(int eventIndex, int step)
    {
        foreach (var candidate in _byActivity[_log.Activity[eventIndex]] ?? [])
        {
            if (candidate.Step == step && Admits(candidate, eventIndex))
            {
                return true;
            }
        }

        return false;
    }

    private bool Admits(Candidate candidate, int eventIndex)
    {
        if (candidate.Filter.Length == 0)
        {
            return true;
        }

        if (_log.PropertySet is not { } sets)
        {
            return false;
        }

        for (var i = 0; i < candidate.Filter.Length; i += 2)
        {
            if (_log.Properties.ValueId(sets[eventIndex], candidate.Filter[i]) != candidate.Filter[i + 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Key and value ids alternating; false when a key or value never occurs (the filter can never hold).</summary>
    private static bool TryCompile(EventLog log, List<PropertyFilter> filters, out int[] pairs)
    {
        pairs = new int[filters.Count * 2];
        for (var i = 0; i < filters.Count; i++)
        {
            pairs[2 * i] = log.Properties.Keys.IdOf(filters[i].Property);
            pairs[(2 * i) + 1] = log.Properties.Values.IdOf(filters[i].Value);
            if (pairs[2 * i] < 0 || pairs[(2 * i) + 1] < 0)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Candidate(int Step, int[] Filter);
}
