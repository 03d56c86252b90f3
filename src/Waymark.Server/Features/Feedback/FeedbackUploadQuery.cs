using Waymark.Analytics.Feedback.Import;
using Waymark.Analytics.Import;
using Waymark.Server.Features.Imports;

namespace Waymark.Server.Features.Feedback;

/// <summary>
/// The feedback upload's query string: the file's name and format (csv, tsv or ndjson), delimiter, time zone, and the
/// column of each field (leave one out to have it recognised from the header).
/// </summary>
public sealed record FeedbackUploadQuery(
    string? FileName = null, string? Format = null, string? Delimiter = null, string? TimeZone = null,
    string? Customer = null, string? Time = null, string? Text = null, string? Score = null, string? ScoreType = null, string? Source = null,
    string? Step = null, string? Activity = null, string? Solicited = null, string? Language = null, string? Id = null)
{
    /// <summary>The reading options, or the query parameter to blame and why.</summary>
    public (FeedbackReadOptions? Options, string? Path, string? Problem) Check()
    {
        var (file, path, problem) = UploadQuery.ParseFile(FileName, Format, Delimiter, TimeZone);
        if (file is not { } f)
        {
            return (null, path, problem);
        }

        if (f.Format == ImportFormat.Xes)
        {
            return (null, "format", "Feedback files are csv, tsv or ndjson; XES holds events only.");
        }

        var columns = new FeedbackColumns
        {
            Customer = UploadQuery.Column(Customer), Time = UploadQuery.Column(Time), Text = UploadQuery.Column(Text),
            Score = UploadQuery.Column(Score), ScoreType = UploadQuery.Column(ScoreType), Source = UploadQuery.Column(Source),
            Step = UploadQuery.Column(Step), Activity = UploadQuery.Column(Activity), Solicited = UploadQuery.Column(Solicited),
            Language = UploadQuery.Column(Language), Id = UploadQuery.Column(Id),
        };
        return (new FeedbackReadOptions { Format = f.Format, Delimiter = f.Delimiter, DefaultTimeZone = f.Zone, Columns = columns }, null, null);
    }
}
