using System.Buffers;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// The arrays of the variants' tables (arena, offsets, counts, slots) and their merge and report maps: megabytes each
/// at a million customers, so a new one goes to the large object heap. The shared array pool drops idle arrays at a
/// full collection, and the engine bench saw these arrays allocated again most requests (5-12 MB a process map), the
/// garbage that brings the next full collection; this pool keeps a few of each size until the process ends. The
/// quantiles' selection copies (the values of the buckets that hold the median and the p90, up to megabytes for an
/// edge of millions of waits) come from here too, for the same reason.
/// </summary>
internal static class TablePool<T>
{
    public static ArrayPool<T> Arrays { get; } = ArrayPool<T>.Create(1 << 28, 4);
}
