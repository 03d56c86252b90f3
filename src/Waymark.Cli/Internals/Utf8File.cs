using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Waymark.Cli.Internals;

/// <summary>Reads a whole text file that must be UTF-8 (a BOM is allowed); anything else fails naming the line.</summary>
public static class Utf8File
{
    public static string Read(string path, string shownName)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new FeedbackFileException($"{shownName}:1: the file is UTF-16; save it as UTF-8.");
        if (!Utf8.IsValid(span))
        {
            var offset = FirstInvalid(span);
            var line = 1 + span[..offset].Count((byte)'\n');
            throw new FeedbackFileException(
                $"{shownName}:{line}: not UTF-8 (byte 0x{span[offset]:X2} at offset {start + offset}); save the file as UTF-8.");
        }
        return Encoding.UTF8.GetString(span);
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
            return Math.Min(read, bytes.Length - 1);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
