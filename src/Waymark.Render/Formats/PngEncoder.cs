using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Numerics;
using SkiaSharp;

namespace Waymark.Render.Formats;

/// <summary>
/// A PNG encoder that compresses bands of rows on every core at once (like pigz): each band is filtered ("Up": a
/// flat map is mostly zeros then), deflated on its own and ended with a sync flush, so the bands join into one valid
/// zlib stream whose Adler-32 is combined from the bands'. A 60-step map at 2x is over 100 M pixels; one zlib
/// stream on one core takes seconds for it.
/// </summary>
internal static class PngEncoder
{
    private const uint AdlerBase = 65521;

    public static byte[] Encode(SKPixmap pixmap)
    {
        var (width, height) = (pixmap.Width, pixmap.Height);
        var bands = Math.Clamp(height / 64, 1, Math.Max(1, Environment.ProcessorCount) * 4);
        var parts = new (byte[] Data, uint Adler, long Length)[bands];
        Parallel.For(0, bands, band =>
        {
            var first = (int)((long)height * band / bands);
            var last = (int)((long)height * (band + 1) / bands);
            parts[band] = Band(pixmap, first, last, band == bands - 1);
        });

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        Chunk(png, "IHDR", header);
        var adler = 1u;
        var data = new MemoryStream();
        data.Write([0x78, 0x01]);
        foreach (var part in parts)
        {
            data.Write(part.Data);
            adler = Combine(adler, part.Adler, part.Length);
        }

        Span<byte> trailer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, adler);
        data.Write(trailer);
        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static (byte[] Data, uint Adler, long Length) Band(SKPixmap pixmap, int first, int last, bool final)
    {
        var stride = pixmap.Width * 4;
        var length = (long)(last - first) * (stride + 1);
        var raw = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var pixels = pixmap.GetPixelSpan();
            for (var row = first; row < last; row++)
            {
                var line = raw.AsSpan((row - first) * (stride + 1), stride + 1);
                line[0] = 2; // Up
                var current = pixels.Slice(row * pixmap.RowBytes, stride);
                if (row == 0)
                {
                    current.CopyTo(line[1..]);
                    continue;
                }

                Subtract(current, pixels.Slice((row - 1) * pixmap.RowBytes, stride), line[1..]);
            }

            var adler = Adler32(raw.AsSpan(0, (int)length));
            using var output = new MemoryStream();
            var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true);
            deflate.Write(raw, 0, (int)length);
            deflate.Flush(); // a sync flush: the band ends on a byte edge, in a block that is not the last
            var flushed = output.Length;
            deflate.Dispose(); // writes the final block: kept for the last band only
            var data = output.ToArray();
            return (final ? data : data[..(int)flushed], adler, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }
    }

    private static void Subtract(ReadOnlySpan<byte> current, ReadOnlySpan<byte> above, Span<byte> into)
    {
        var i = 0;
        for (; i <= current.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            (new Vector<byte>(current[i..]) - new Vector<byte>(above[i..])).CopyTo(into[i..]);
        }

        for (; i < current.Length; i++)
        {
            into[i] = (byte)(current[i] - above[i]);
        }
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            var block = data[..Math.Min(5552, data.Length)];
            foreach (var v in block)
            {
                a += v;
                b += a;
            }

            a %= AdlerBase;
            b %= AdlerBase;
            data = data[block.Length..];
        }

        return (b << 16) | a;
    }

    /// <summary>The Adler-32 of two pieces joined, from theirs and the second's length (zlib's adler32_combine).</summary>
    private static uint Combine(uint adler1, uint adler2, long length2)
    {
        var rem = (uint)(length2 % AdlerBase);
        var sum1 = adler1 & 0xffff;
        var sum2 = (uint)(rem * (ulong)sum1 % AdlerBase);
        sum1 += (adler2 & 0xffff) + AdlerBase - 1;
        sum2 += ((adler1 >> 16) & 0xffff) + ((adler2 >> 16) & 0xffff) + AdlerBase - rem;
        if (sum1 >= AdlerBase) sum1 -= AdlerBase;
        if (sum1 >= AdlerBase) sum1 -= AdlerBase;
        if (sum2 >= AdlerBase << 1) sum2 -= AdlerBase << 1;
        if (sum2 >= AdlerBase) sum2 -= AdlerBase;
        return sum1 | (sum2 << 16);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = new Crc32();
        crc.Append(typeBytes);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        png.Write(number);
    }
}
