using Waymark.Server.Features.Uploads;

namespace Waymark.Server.Features.Imports;

/// <summary>
/// What an upload did: events stored, events already stored (same content), rows rejected with the first problems,
/// and the file's customers and activities.
/// </summary>
public sealed record UploadResult(
    long Imported,
    long Duplicates,
    long Rejected,
    IReadOnlyList<UploadProblem> Problems,
    long Customers,
    long Activities,
    double Seconds);
