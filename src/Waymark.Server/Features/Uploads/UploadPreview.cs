using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Import;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// The preview of an upload (events or feedback): reads the first bytes the client sent, within
/// <see cref="UploadOptions.MaxPreviewBytes"/>, turns them into text (<see cref="PreviewText"/>) and hands the text
/// to the feature's own preview; or the refusal, in the same words for every upload.
/// </summary>
internal static class UploadPreview
{
    /// <summary>
    /// The feature's preview of the text, or the refusal. <paramref name="preview"/> is told whether the text is the
    /// whole file (the client said so and nothing was cut), so its last row is known to be complete.
    /// </summary>
    public static async Task<(T? Preview, ProblemHttpResult? Refusal)> ReadAsync<T>(
        HttpRequest request, bool? complete, UploadOptions limits, Func<string, bool, T> preview, CancellationToken ct)
        where T : class
    {
        var limit = limits.MaxPreviewBytes;
        var bytes = await UploadStreams.ReadPreviewAsync(request, limit, ct);
        if (bytes is null)
        {
            return (null, UploadAnswers.TooLarge($"A preview takes at most {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes: send the first 256 KiB of the file."));
        }

        var (text, cut, unreadable) = PreviewText.Decode(bytes, complete ?? false);
        if (unreadable is not null)
        {
            return (null, TypedResults.Problem(unreadable, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not UTF-8 text"));
        }

        return (preview(text!, !cut), null);
    }

    /// <summary>The format as the preview answers it: xes, ndjson, tsv (CSV with tabs) or csv.</summary>
    public static string FormatName(ImportFormat format, char? delimiter) => format switch
    {
        ImportFormat.Xes => "xes",
        ImportFormat.Ndjson => "ndjson",
        _ => delimiter == '\t' ? "tsv" : "csv",
    };

    /// <summary>The delimiter as the preview answers it (CSV only).</summary>
    public static string? DelimiterText(char? delimiter) => delimiter?.ToString();
}
