using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Feedback.Import;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Uploads;

namespace Waymark.Server.Features.Feedback;

/// <summary>
/// An uploaded feedback file read row by row from the upload's checked text (<see cref="Upload{T}"/>): the good
/// items to store, the bad rows counted with the first 100 problems, or the fatal problem that refuses the file.
/// </summary>
internal sealed class FeedbackUpload(long maxRows) : IUploadContent
{
    public const int ListedProblems = 100;

    public List<NewFeedback> Items { get; } = [];

    public List<FeedbackUploadProblem> Problems { get; } = [];

    public long Rejected { get; private set; }

    public long Rows { get; private set; }

    /// <summary>Set when the file cannot be read as a whole (no usable header, a line over the limit, broken gzip).</summary>
    public FeedbackProblem? Fatal { get; private set; }

    public bool OverRowLimit => Rows > maxRows;

    public ProblemHttpResult? Unreadable =>
        Fatal is { } fatal ? UploadAnswers.Unreadable(fatal.ToString(), new[] { FeedbackUploadProblem.From(fatal) }) : null;

    /// <summary>Reads the text to its end, its first fatal problem or one row past <paramref name="maxRows"/>.</summary>
    public static FeedbackUpload Read(Stream text, FeedbackReadOptions options, long maxRows)
    {
        var upload = new FeedbackUpload(maxRows);
        upload.Read(text, options);
        return upload;
    }

    private void Read(Stream stream, FeedbackReadOptions options)
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
