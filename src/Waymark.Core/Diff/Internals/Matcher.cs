namespace Waymark.Core.Diff.Internals;

/// <summary>Pairs the items of two lists by id, or by name and then by position.</summary>
internal static class Matcher
{
    public static Pairing<T> ById<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id)
        where T : class
    {
        var pairing = new Pairing<T>();
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            byId.TryAdd(id(item), item);
        }

        foreach (var item in after)
        {
            if (byId.Remove(id(item), out var partner))
            {
                pairing.Pair(partner, item);
            }
        }

        return pairing;
    }

    /// <summary>
    /// Pairs by each key in turn (the k-th "Search" with the k-th "Search"), exact keys first, so duplicates pair in
    /// order; what is left pairs by equal index when <paramref name="byPosition"/> is set.
    /// </summary>
    public static Pairing<T> ByName<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, bool byPosition, params Func<T, string>[] keys)
        where T : class
    {
        var pairing = new Pairing<T>();
        foreach (var key in keys)
        {
            PairByKey(before, after, key, pairing);
        }

        if (byPosition)
        {
            PairByPosition(before, after, pairing);
        }

        return pairing;
    }

    public static void PairByPosition<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Pairing<T> pairing)
        where T : class
    {
        for (var i = 0; i < Math.Min(before.Count, after.Count); i++)
        {
            if (!pairing.HasBefore(before[i]) && !pairing.HasAfter(after[i]))
            {
                pairing.Pair(before[i], after[i]);
            }
        }
    }

    private static void PairByKey<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Pairing<T> pairing)
        where T : class
    {
        var waiting = new Dictionary<string, Queue<T>>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            if (pairing.HasBefore(item))
            {
                continue;
            }

            var k = key(item);
            if (!waiting.TryGetValue(k, out var queue))
            {
                waiting[k] = queue = new Queue<T>();
            }

            queue.Enqueue(item);
        }

        foreach (var item in after)
        {
            if (!pairing.HasAfter(item) && waiting.TryGetValue(key(item), out var queue) && queue.Count > 0)
            {
                pairing.Pair(queue.Dequeue(), item);
            }
        }
    }
}
