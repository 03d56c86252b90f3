using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// The checks every document passes before parsing: size, encoding (UTF-8 only, a BOM is fine) and valid UTF-8.
/// </summary>
internal static class DocumentDecoder
{
    /// <summary>The byte length of the UTF-8 BOM when present, or -1 with a problem when the bytes cannot be read.</summary>
    public static int Check(ReadOnlySpan<byte> bytes, List<MapProblem> problems)
    {
        if (!CheckSize(bytes.Length, problems))
        {
            return -1;
        }

        if (Utf16Or32(bytes) is { } encoding)
        {
            problems.Add(new MapProblem(DocPath.Root, $"the document is {encoding}; save it as UTF-8"));
            return -1;
        }

        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        if (FirstInvalidByte(bytes[start..]) is { } offset)
        {
            var at = (offset + start).ToString(CultureInfo.InvariantCulture);
            problems.Add(new MapProblem(DocPath.Root, $"the document is not valid UTF-8 (at byte offset {at})"));
            return -1;
        }

        return start;
    }

    public static bool CheckSize(long byteCount, List<MapProblem> problems)
    {
        if (byteCount <= MapLimits.MaxDocumentBytes)
        {
            return true;
        }

        var size = byteCount.ToString("N0", CultureInfo.InvariantCulture);
        var limit = MapLimits.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture);
        problems.Add(new MapProblem(DocPath.Root, $"the document is {size} bytes; the limit is {limit} bytes (5 MB)"));
        return false;
    }

    public static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static string? Utf16Or32(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || b.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        // Without a BOM, UTF-16 text starting with an ASCII character has a zero byte in its first pair.
        return b.Length >= 2 && (b[0] == 0) != (b[1] == 0) ? "UTF-16 (no byte order mark)" : null;
    }

    private static int? FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var consumed = 0;
            while (consumed < utf8.Length)
            {
                var status = Utf8.ToUtf16(utf8[consumed..], buffer, out var read, out _, replaceInvalidSequences: false);
                consumed += read;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    return consumed;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
