using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Waymark.Server.Features.Images;

/// <summary>
/// Reads the one file part of a multipart upload into memory, stopping as soon as it passes the limit, so an
/// oversize file costs at most the limit. The part's file name is never used: the stored image is named by its hash.
/// </summary>
internal static class ImageUpload
{
    public static async Task<(byte[]? Bytes, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long max, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media) ||
            !string.Equals(media.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                "Send the image as multipart/form-data with one file part named \"file\"."));
        }

        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                {
                    return await CopyAsync(section.Body, max, ct);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Not a valid upload", $"The multipart body could not be read: {e.Message}"));
        }

        return (null, Problem(StatusCodes.Status400BadRequest, "No image", "The upload has no file part; send the image as the part named \"file\"."));
    }

    public static ProblemHttpResult TooLarge(long max) => Problem(StatusCodes.Status413PayloadTooLarge, "Image too large",
        $"An image may have at most {Megabytes(max)}; make it smaller (a photo of 1,600 pixels across is plenty).",
        new Dictionary<string, object?> { ["limit"] = max });

    private static async Task<(byte[]? Bytes, ProblemHttpResult? Problem)> CopyAsync(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return (null, TooLarge(max));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length == 0
            ? (null, Problem(StatusCodes.Status400BadRequest, "Empty image", "The file part is empty."))
            : (buffer.ToArray(), null);
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    private static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);
}
