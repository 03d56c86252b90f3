namespace Waymark.Server.Features.Uploads;

/// <summary>
/// Thrown from the upload's streams when the file cannot be taken as a whole (over a limit, not UTF-8 text).
/// It is not an <see cref="InvalidDataException"/>, so the importer lets it through instead of logging it as a row.
/// <see cref="Setting"/> names the configuration setting of the limit passed, if any.
/// </summary>
internal sealed class UploadRejectedException(int status, string title, string detail, long? line = null, string? setting = null) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public long? Line { get; } = line;

    public string? Setting { get; } = setting;
}
