using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Finds every delimiter and line break of a block without quotes in one vectorised pass, so its rows' fields are
/// read from a list of positions instead of searching for each field on its own.
/// </summary>
internal static class SeparatorIndex
{
    /// <summary>Writes the positions, in order, into <paramref name="positions"/> (room for data.Length); returns how many.</summary>
    public static int Find(ReadOnlySpan<char> data, char delimiter, int[] positions)
    {
        var units = MemoryMarshal.Cast<char, ushort>(data);
        ref var first = ref MemoryMarshal.GetReference(units);
        var count = 0;
        var at = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var (split, newline) = (Vector256.Create((ushort)delimiter), Vector256.Create((ushort)'\n'));
            for (; at <= units.Length - Vector256<ushort>.Count; at += Vector256<ushort>.Count)
            {
                var chars = Vector256.LoadUnsafe(ref first, (nuint)at);
                count = Collect((Vector256.Equals(chars, split) | Vector256.Equals(chars, newline)).ExtractMostSignificantBits(), at, positions, count);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var (split, newline) = (Vector128.Create((ushort)delimiter), Vector128.Create((ushort)'\n'));
            for (; at <= units.Length - Vector128<ushort>.Count; at += Vector128<ushort>.Count)
            {
                var chars = Vector128.LoadUnsafe(ref first, (nuint)at);
                count = Collect((Vector128.Equals(chars, split) | Vector128.Equals(chars, newline)).ExtractMostSignificantBits(), at, positions, count);
            }
        }

        for (; at < units.Length; at++)
        {
            if (units[at] == delimiter || units[at] == '\n')
            {
                positions[count++] = at;
            }
        }

        return count;
    }

    private static int Collect(uint mask, int at, int[] positions, int count)
    {
        while (mask != 0)
        {
            positions[count++] = at + BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
        }

        return count;
    }
}
