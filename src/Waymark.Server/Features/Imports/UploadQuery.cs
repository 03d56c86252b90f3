using Waymark.Analytics.Import;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Uploads;

namespace Waymark.Server.Features.Imports;

/// <summary>
/// The event import's query string checked: the file's format, delimiter and time zone (<see cref="UploadFile"/>)
/// and the column mapping.
/// </summary>
internal sealed record UploadQuery(ImportFormat Format, char Delimiter, ImportOptions Options)
{
    public static (UploadQuery? Query, string? Path, string? Problem) Parse(
        string? fileName, string? format, string? customer, string? activity, string? timestamp, string? channel, string? delimiter, string? timeZone)
    {
        var (file, path, problem) = UploadFile.Parse(fileName, format, delimiter, timeZone);
        if (file is not { } f)
        {
            return (null, path, problem);
        }

        var options = new ImportOptions
        {
            Format = f.Format,
            Delimiter = f.Delimiter,
            CustomerColumn = UploadFile.Column(customer),
            ActivityColumn = UploadFile.Column(activity),
            TimestampColumn = UploadFile.Column(timestamp),
            ChannelColumn = UploadFile.Column(channel),
            DefaultTimeZone = f.Zone,
            OnError = OnError.Skip,
            ReportedProblems = 100,
            MaxNameLength = EventText.MaxLength, // a name the store cannot hold is a bad row with its line and field
        };
        return (new UploadQuery(f.Format, f.Delimiter, options), null, null);
    }
}
