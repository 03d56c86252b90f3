using System.Buffers;
using System.Collections.Concurrent;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// The <see cref="LongList"/> blocks of full size, kept between analyses. The shared array pool keeps a few dozen
/// arrays of a size; the flow graph of 1M customers holds ~1,400 full blocks at once, so most would be dropped and
/// allocated again by the next request (88 MB of garbage each time). At most <see cref="Kept"/> blocks (128 MB) stay.
/// </summary>
internal static class BlockPool
{
    private const int Kept = 2048;
    private static readonly ConcurrentStack<long[]> Blocks = new();
    private static int _count;

    public static long[] Rent(int size)
    {
        if (size < LongList.MaxBlock)
        {
            return ArrayPool<long>.Shared.Rent(size);
        }

        if (Blocks.TryPop(out var block))
        {
            Interlocked.Decrement(ref _count);
            return block;
        }

        return new long[LongList.MaxBlock];
    }

    public static void Return(long[] block)
    {
        if (block.Length != LongList.MaxBlock)
        {
            ArrayPool<long>.Shared.Return(block);
        }
        else if (Interlocked.Increment(ref _count) <= Kept)
        {
            Blocks.Push(block);
        }
        else
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
