using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Import;
using Waymark.Analytics.Import;
using Waymark.Server.Features.Uploads;

namespace Waymark.Server.Features.Feedback;

/// <summary>
/// The feedback upload's query string: the file's name and format (csv, tsv or ndjson), delimiter, time zone, and the
/// column of each field (leave one out to have it recognised from the header), and the type of scores the file does
/// not name (defaultScoreType: nps, csat, ces or rating).
/// </summary>
public sealed record FeedbackUploadQuery
{
    public string? FileName { get; init; }
    public string? Format { get; init; }
    public string? Delimiter { get; init; }
    public string? TimeZone { get; init; }
    public string? Customer { get; init; }
    public string? Time { get; init; }
    public string? Text { get; init; }
    public string? Score { get; init; }
    public string? ScoreType { get; init; }
    public string? Source { get; init; }
    public string? Step { get; init; }
    public string? Activity { get; init; }
    public string? Solicited { get; init; }
    public string? Language { get; init; }
    public string? Id { get; init; }
    public string? DefaultScoreType { get; init; }


    /// <summary>The reading options, or the query parameter to blame and why.</summary>
    public (FeedbackReadOptions? Options, string? Path, string? Problem) Check()
    {
        var (file, path, problem) = UploadFile.Parse(FileName, Format, Delimiter, TimeZone);
        if (file is not { } f)
        {
            return (null, path, problem);
        }

        if (f.Format == ImportFormat.Xes)
        {
            return (null, "format", "Feedback files are csv, tsv or ndjson; XES holds events only.");
        }

        var fallback = FeedbackNames.ScoreTypeOf(DefaultScoreType);
        if (!string.IsNullOrWhiteSpace(DefaultScoreType) && fallback is null)
        {
            return (null, "defaultScoreType", $"Unknown score type '{DefaultScoreType}': use one of {string.Join(", ", FeedbackNames.ScoreTypes)}.");
        }

        var columns = new FeedbackColumns
        {
            Customer = UploadFile.Column(Customer), Time = UploadFile.Column(Time), Text = UploadFile.Column(Text),
            Score = UploadFile.Column(Score), ScoreType = UploadFile.Column(ScoreType), Source = UploadFile.Column(Source),
            Step = UploadFile.Column(Step), Activity = UploadFile.Column(Activity), Solicited = UploadFile.Column(Solicited),
            Language = UploadFile.Column(Language), Id = UploadFile.Column(Id),
        };
        return (new FeedbackReadOptions
        {
            Format = f.Format, Delimiter = f.Delimiter, DefaultTimeZone = f.Zone, Columns = columns, DefaultScoreType = fallback ?? default,
        }, null, null);
    }
}
