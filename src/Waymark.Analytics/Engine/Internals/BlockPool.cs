using System.Numerics;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// The <see cref="LongList"/> blocks, kept between analyses in one stack per size (powers of two from 16 to
/// <see cref="LongList.MaxBlock"/>). The shared array pool keeps a few dozen arrays of a size; the flow graph of 1M
/// customers holds ~1,400 full blocks at once and every list starts with a run of smaller ones, so most were dropped
/// and allocated again by the next request (88 MB of garbage each time for the full blocks, 6-7 MB for the small
/// ones). A stack holds at most <see cref="KeptFull"/> full blocks (128 MB) and <see cref="KeptSmall"/> of each
/// smaller size (64 MB over all of them); a pushed block allocates nothing (no node per push), and a block's old
/// values are never read (its owner counts what it wrote).
/// </summary>
internal static class BlockPool
{
    private const int KeptFull = 2048;
    private const int KeptSmall = 1024;
    private const int FirstShift = 4;
    private static readonly int LastShift = BitOperations.Log2(LongList.MaxBlock);
    private static readonly Stack[] Stacks = [.. Enumerable.Range(FirstShift, LastShift - FirstShift + 1)
        .Select(shift => new Stack(shift == LastShift ? KeptFull : KeptSmall))];

    /// <summary>A block of at least <paramref name="size"/> values (at most <see cref="LongList.MaxBlock"/>), its length a power of two.</summary>
    public static long[] Rent(int size)
    {
        var length = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(size, 1 << FirstShift, LongList.MaxBlock));
        return Stacks[BitOperations.Log2((uint)length) - FirstShift].Pop() ?? new long[length];
    }

    /// <summary>Keeps a block of <see cref="Rent"/> for the next one; any other array is left to the collector.</summary>
    public static void Return(long[] block)
    {
        var length = block.Length;
        if (BitOperations.IsPow2(length) && length >= 1 << FirstShift && length <= LongList.MaxBlock)
        {
            Stacks[BitOperations.Log2((uint)length) - FirstShift].Push(block);
        }
    }

    /// <summary>A bounded stack of blocks of one size under a lock (rented once per block of values, so rarely contended).</summary>
    private sealed class Stack(int capacity)
    {
        private readonly long[]?[] _blocks = new long[capacity][];
        private int _count;

        public long[]? Pop()
        {
            lock (_blocks)
            {
                if (_count == 0)
                {
                    return null;
                }

                var block = _blocks[--_count];
                _blocks[_count] = null;
                return block;
            }
        }

        public void Push(long[] block)
        {
            lock (_blocks)
            {
                if (_count < _blocks.Length)
                {
                    _blocks[_count++] = block;
                }
            }
        }
    }
}
