using System.Text;
using Waymark.Analytics.Feedback.Import;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Imports;

namespace Waymark.Server.Features.Feedback;

/// <summary>
/// Reads an uploaded feedback file through the upload's checked streams (limits, gzip, UTF-8) row by row: the good
/// items to store, the bad rows counted with the first 100 problems, or the fatal problem that refuses the file.
/// </summary>
internal sealed class FeedbackUpload
{
    public const int ListedProblems = 100;

    public List<NewFeedback> Items { get; } = [];

    public List<FeedbackUploadProblem> Problems { get; } = [];

    public long Rejected { get; private set; }

    public long Rows { get; private set; }

    /// <summary>Set when the file cannot be read as a whole (no usable header, a line over the limit, broken gzip).</summary>
    public FeedbackProblem? Fatal { get; private set; }

    /// <summary>Reads the body; throws <see cref="UploadRejectedException"/> when it is over a limit or not UTF-8.</summary>
    public static async Task<FeedbackUpload> ReadAsync(Stream requestBody, FeedbackReadOptions options, ImportsOptions limits, CancellationToken ct)
    {
        await using var text = await UploadStreams.OpenAsync(requestBody, limits, checkUtf8: true, ct);
        var upload = new FeedbackUpload();

        // The reader is synchronous (the body stream blocks on the request): keep it off the request's thread.
        await Task.Run(() => upload.Read(text, options, limits.MaxRows), ct);
        return upload;
    }

    private void Read(Stream stream, FeedbackReadOptions options, long maxRows)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        foreach (var row in FeedbackImporter.Read(reader, options))
        {
            if (row.Fatal)
            {
                Fatal = row.Problem;
                return;
            }

            if (++Rows > maxRows)
            {
                return;
            }

            if (row.Item is { } item)
            {
                Items.Add(FeedbackMapping.ToNew(item));
                continue;
            }

            Rejected++;
            if (Problems.Count < ListedProblems)
            {
                Problems.Add(FeedbackUploadProblem.From(row.Problem!));
            }
        }
    }
}
