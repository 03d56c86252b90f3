using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Waymark.Render.Tests;

/// <summary>
/// Checks a PNG strictly, as decoders that skip checks would not: every chunk's CRC, and the image data inflated
/// by zlib with its Adler-32 checked, to exactly one filter byte and four bytes per pixel for every row.
/// </summary>
internal static class PngCheck
{
    public static void Verify(byte[] png, int width, int height)
    {
        var at = 8;
        using var idat = new MemoryStream();
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(crc, Crc32.HashToUInt32(typeAndData));
            if (typeAndData[..4].SequenceEqual("IDAT"u8))
            {
                idat.Write(typeAndData[4..]);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        Assert.Equal((long)height * (1 + (4L * width)), raw.Length);
    }
}
