using System.Buffers.Binary;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Waymark.Analytics.Import;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// The request body of an upload (events or feedback) as the text to read: counted against the upload limit, a .gz
/// unpacked (refusing more text than the limit or a ratio no real export has, trailer checked against truncation), UTF-8 checked.
/// </summary>
internal static class UploadStreams
{
    /// <summary>A synchronous stream of the file's text; reads throw <see cref="UploadRejectedException"/> past a limit.</summary>
    public static async Task<Stream> OpenAsync(Stream requestBody, UploadOptions limits, bool checkUtf8, CancellationToken ct)
    {
        var body = new UploadBody(requestBody, limits.MaxUploadBytes);
        var magic = await body.PeekAsync(2, ct);
        Stream text = magic.Span is [0x1f, 0x8b] ? Gunzip(body, limits) : body;
        return checkUtf8 ? new Utf8CheckedText(text) : text;
    }

    /// <summary>The whole (small) body of a preview request, or null when it is over <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadPreviewAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[65536];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Kestrel's server-wide cap must not answer first with a bare 413 below the upload limit.</summary>
    public static void AllowBody(HttpContext http, long limit)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size && size.MaxRequestBodySize < limit + 1)
        {
            size.MaxRequestBodySize = limit + 1;
        }
    }

    private static GzipCheckedStream Gunzip(UploadBody body, UploadOptions limits) => new(
        body,
        () => body.BytesRead < 18 ? null : BinaryPrimitives.ReadUInt32LittleEndian(body.Tail[^4..]),
        unpacked => CheckUnpacked(unpacked, body.BytesRead, limits));

    /// <summary>Stops a .gz as soon as its text passes the text limit, or unpacks far tighter than real data does.</summary>
    private static void CheckUnpacked(long unpacked, long compressed, UploadOptions limits)
    {
        if (unpacked > limits.MaxTextBytes)
        {
            throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, "File too large", string.Create(
                CultureInfo.InvariantCulture,
                $"The file unpacks to more than {limits.MaxTextBytes:N0} bytes of text, the most one upload may hold (Imports:MaxTextBytes)."),
                setting: "Imports:MaxTextBytes");
        }

        // The compressed count runs ahead of what was inflated (the gzip reader buffers), so the ratio is never overstated.
        if (unpacked > UploadOptions.RatioCheckedAfterBytes && unpacked > limits.MaxCompressionRatio * compressed)
        {
            throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, "File too large", string.Create(
                CultureInfo.InvariantCulture,
                $"The file unpacks to more than {limits.MaxCompressionRatio:0.#} times its compressed size ({unpacked:N0} bytes of text from the first {compressed:N0} bytes), the most one upload may (Imports:MaxCompressionRatio): exported data does not compress so tightly. Nothing was imported."),
                setting: "Imports:MaxCompressionRatio");
        }
    }
}
