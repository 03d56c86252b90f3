namespace Waymark.Core.Diff.Internals;

/// <summary>Which item of the before list goes with which of the after list; items without a partner were removed or added.</summary>
internal sealed class Pairing<T>
    where T : class
{
    private readonly Dictionary<T, T> _afterOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<T, T> _beforeOf = new(ReferenceEqualityComparer.Instance);

    public void Pair(T before, T after)
    {
        _afterOf[before] = after;
        _beforeOf[after] = before;
    }

    public T? AfterOf(T before) => _afterOf.GetValueOrDefault(before);

    public T? BeforeOf(T after) => _beforeOf.GetValueOrDefault(after);

    public bool HasBefore(T before) => _afterOf.ContainsKey(before);

    public bool HasAfter(T after) => _beforeOf.ContainsKey(after);
}
