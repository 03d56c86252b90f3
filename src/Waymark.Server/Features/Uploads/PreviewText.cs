using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// Turns the first bytes of a file into text for the preview: unpacks as much gzip as arrived, decodes UTF-8 (or
/// UTF-16 with a byte order mark), and says clearly when the bytes are not text the import can read.
/// </summary>
internal static class PreviewText
{
    private const int MaxText = 4 * 1024 * 1024;

    /// <summary>The text and whether it was cut short, or the reason it cannot be read.</summary>
    public static (string? Text, bool Cut, string? Problem) Decode(byte[] bytes, bool complete)
    {
        var (data, full) = bytes is [0x1f, 0x8b, ..] ? Gunzip(bytes) : (bytes, false);
        var cut = full || !complete;
        if (data.Length >= 2 && (data[0], data[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            var encoding = data[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return (encoding.GetString(data, 2, (data.Length - 2) & ~1), cut, null);
        }

        var start = data is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var span = data.AsSpan(start);
        var valid = System.Text.Unicode.Utf8.ToUtf16(span, new char[span.Length], out var read, out _, replaceInvalidSequences: false, isFinalBlock: !cut);
        if (valid == System.Buffers.OperationStatus.InvalidData)
        {
            var line = span[..read].Count((byte)'\n') + 1;
            return (null, cut, string.Create(CultureInfo.InvariantCulture,
                $"Line {line}: byte 0x{span[read]:X2} is not UTF-8; the file may be Latin-1 or Windows-1252. Save it as UTF-8 (in Excel: CSV UTF-8) and upload it again."));
        }

        var text = Encoding.UTF8.GetString(span[..read]);
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        return nul >= 0
            ? (null, cut, string.Create(CultureInfo.InvariantCulture,
                $"Line {text.AsSpan(0, nul).Count('\n') + 1} holds NUL characters: the file looks like UTF-16 without a byte order mark. Save it as UTF-8 and upload it again."))
            : (text, cut, null);
    }

    /// <summary>As much text as the first bytes unpack to (they usually end mid-stream); Full when capped.</summary>
    private static (byte[] Data, bool Full) Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var text = new MemoryStream();
        var buffer = new byte[65536];
        try
        {
            int read;
            while (text.Length < MaxText && (read = gzip.Read(buffer)) > 0)
            {
                text.Write(buffer, 0, read);
            }

            return (text.ToArray(), text.Length >= MaxText);
        }
        catch (InvalidDataException)
        {
            return (text.ToArray(), false);
        }
    }
}
