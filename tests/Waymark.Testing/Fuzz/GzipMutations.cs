using System.IO.Compression;
using static Waymark.Testing.Fuzz.ByteMutations;

namespace Waymark.Testing.Fuzz;

/// <summary>Packs a (mutated) text as gzip, then sometimes breaks the gzip itself: cut, flipped, garbage, two members.</summary>
public static class GzipMutations
{
    public static byte[] Pack(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>The gzip of <paramref name="text"/>, broken one way in two cases out of five.</summary>
    public static (byte[] Data, string Note) PackAndBreak(Random random, byte[] text)
    {
        var packed = Pack(text);
        if (packed.Length == 0)
        {
            return (packed, "gzip of nothing (empty)"); // GZipStream writes no header for no data
        }

        switch (random.Next(14))
        {
            case 0: return Cut(random, packed);
            case 1: return (FlipBits(random, packed).Data, "gzip with flipped bits");
            case 2: return (FlipTail(random, packed), "gzip with a wrong CRC or size");
            case 3: return ([.. packed, .. Pack("more,rows,2026-11-01T00:00:00Z\n"u8.ToArray())], "gzip of two members");
            case 4: return ([.. packed, 0x00, 0x01, 0x02], "gzip with trailing garbage");
            case 5: return (Garbage(random), "gzip header and garbage");
            default: return (packed, "gzip");
        }
    }

    private static (byte[], string) Cut(Random random, byte[] packed)
    {
        var at = random.Next(packed.Length);
        return (packed[..at], $"gzip cut at {N(at)} of {N(packed.Length)}");
    }

    private static byte[] FlipTail(Random random, byte[] packed)
    {
        var copy = (byte[])packed.Clone();
        copy[copy.Length - 1 - random.Next(Math.Min(8, copy.Length))] ^= 0x5A;
        return copy;
    }

    private static byte[] Garbage(Random random)
    {
        var bytes = new byte[10 + random.Next(500)];
        random.NextBytes(bytes);
        bytes[0] = 0x1f;
        bytes[1] = 0x8b;
        bytes[2] = 8;
        return bytes;
    }
}
