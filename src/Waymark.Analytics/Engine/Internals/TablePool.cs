using System.Buffers;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// The arrays of the variants' tables (arena, offsets, counts, slots), their merge and report maps, and the quantiles'
/// selection copies (the values of the buckets that hold the median and the p90): megabytes each at a million
/// customers, so a new one goes to the large object heap. The shared array pool drops idle arrays at a full
/// collection, and the engine bench saw these arrays allocated again most requests (5-12 MB a process map), the
/// garbage that brings the next full collection; this pool keeps up to 16 of each size until the process ends (4
/// were too few for two threads' tables and selection copies at once: ~1 MB a process map was still allocated).
/// </summary>
internal static class TablePool<T>
{
    public static ArrayPool<T> Arrays { get; } = ArrayPool<T>.Create(1 << 28, 16);
}
