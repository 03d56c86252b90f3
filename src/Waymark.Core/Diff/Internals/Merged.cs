namespace Waymark.Core.Diff.Internals;

/// <summary>
/// The union of two lists in reading order: the after list's order, with each removed item placed just after the
/// item it followed in the before list.
/// </summary>
internal static class Merged
{
    public static IEnumerable<(T? Before, T? After)> Of<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Pairing<T> pairing)
        where T : class
    {
        var beforeIndex = new Dictionary<T, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < before.Count; i++)
        {
            beforeIndex[before[i]] = i;
        }

        var next = 0;
        foreach (var item in after)
        {
            if (pairing.BeforeOf(item) is { } partner)
            {
                // Removed items that stood before this one's partner go first.
                for (; next < beforeIndex[partner]; next++)
                {
                    if (!pairing.HasBefore(before[next])) yield return (before[next], null);
                }

                next = Math.Max(next, beforeIndex[partner] + 1);
                yield return (partner, item);
            }
            else
            {
                yield return (null, item);
            }
        }

        for (; next < before.Count; next++)
        {
            if (!pairing.HasBefore(before[next])) yield return (before[next], null);
        }
    }
}
