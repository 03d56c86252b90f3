namespace Waymark.Server.Features.Images;

/// <summary>
/// Decides what an upload is by its first bytes, never by its name or the client's Content-Type: only PNG, JPEG, GIF
/// and WebP are images here. SVG is refused, since it is markup that can carry script.
/// </summary>
internal static class ImageSniffer
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type, or null when the bytes are none of the four.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Png))
        {
            return "image/png";
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        return bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? "image/webp" : null;
    }

    /// <summary>Why bytes that are no image were refused, in words for the problem's detail.</summary>
    public static string Refusal(ReadOnlySpan<byte> bytes)
    {
        var start = bytes[..Math.Min(bytes.Length, 512)];
        var i = 0;
        while (i < start.Length && (start[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
        {
            i++;
        }

        return i < start.Length && start[i] == (byte)'<'
            ? "The file is markup (SVG, HTML or XML), which can carry script; upload a PNG, JPEG, GIF or WebP image."
            : "The file is not a PNG, JPEG, GIF or WebP image (judged by its content, not its name).";
    }

    public static string Extension(string contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        _ => ".webp",
    };
}
