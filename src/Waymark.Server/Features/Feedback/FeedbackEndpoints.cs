using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Import;
using Waymark.Analytics.Import;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Uploads;

namespace Waymark.Server.Features.Feedback;

/// <summary>
/// A workspace's feedback: uploading files (a preview of the first bytes with recognised columns, then the import,
/// where bad rows are skipped and reported by line and a file that cannot be read as a whole stores nothing), the
/// summary, and the latest items.
/// </summary>
public static class FeedbackEndpoints
{
    public static RouteGroupBuilder MapFeedback(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/feedback").WithTags("Feedback");
        group.MapPost("/imports/preview", Preview).RequireRole(WorkspaceRole.Editor).WithName("PreviewFeedbackImport")
            .WithSummary("Previews the first bytes of a feedback file: columns, rows and the recognised mapping.")
            .AcceptsUpload("The first bytes of the file (CSV, TSV or NDJSON, gzip allowed)");
        group.MapPost("/imports", Import).RequireRole(WorkspaceRole.Editor).WithName("ImportFeedback").WithSummary("Imports a feedback file; bad rows are skipped and reported by line.")
            .AcceptsUpload("The whole file (CSV, TSV or NDJSON, gzip allowed)")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/summary", Summary).RequireRole(WorkspaceRole.Viewer).WithName("GetFeedbackSummary").WithSummary("Counts the workspace's feedback by source and score type.");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Viewer).WithName("ListFeedback").WithSummary("Lists the workspace's latest feedback items, a page at a time.");
        return workspace;
    }

    public static async Task<Results<Ok<FeedbackPreviewDto>, ValidationProblem, ProblemHttpResult>> Preview(
        string workspaceId, string? fileName, string? format, string? delimiter, bool? complete,
        HttpRequest request, IOptions<UploadOptions> options, CancellationToken ct)
    {
        var query = new FeedbackUploadQuery { FileName = fileName, Format = format, Delimiter = delimiter };
        var (read, path, problem) = query.Check();
        if (read is not { } o)
        {
            return Problems.Invalid(path!, problem!);
        }

        var (preview, refusal) = await UploadPreview.ReadAsync(request, complete, options.Value,
            (text, whole) => ToDto(FeedbackImporter.Preview(text, o.Format, o.Delimiter, complete: whole)), ct);
        return refusal is null ? TypedResults.Ok(preview!) : refusal;
    }

    public static async Task<Results<Ok<FeedbackUploadResult>, ValidationProblem, ProblemHttpResult>> Import(
        string workspaceId, [AsParameters] FeedbackUploadQuery query,
        HttpContext http, IFeedbackStore store, IOptions<UploadOptions> options, UploadGate gate, IAuditTrail audit, CancellationToken ct)
    {
        var (read, path, problem) = query.Check();
        if (read is not { } o)
        {
            return Problems.Invalid(path!, problem!);
        }

        using var upload = await Upload<FeedbackUpload>.ReadAsync(http, options.Value, gate, "waymark feedback import",
            checkUtf8: true, text => FeedbackUpload.Read(text, o, options.Value.MaxRows), ct);
        if (upload.Refusal is { } refusal)
        {
            return refusal;
        }

        var file = upload.Content!;
        var stored = await store.AppendAsync(workspaceId, file.Items, ct);
        await audit.RecordAsync(http, workspaceId, AuditActions.ImportFeedback, null,
            AuditDetails.Import(query.FileName, stored.Appended, stored.Duplicates, file.Rejected));
        return TypedResults.Ok(new FeedbackUploadResult(stored.Appended, stored.Duplicates, file.Rejected, file.Problems, upload.Seconds));
    }

    public static async Task<Ok<FeedbackSummaryDto>> Summary(string workspaceId, IFeedbackStore store, CancellationToken ct)
    {
        var t = await store.TotalsAsync(workspaceId, ct);
        var bySource = FeedbackNames.Sources.ToDictionary(s => s, s => t.BySource.GetValueOrDefault(s), StringComparer.Ordinal);
        var byScoreType = FeedbackNames.ScoreTypes.Append("none").ToDictionary(s => s, s => t.ByScoreType.GetValueOrDefault(s), StringComparer.Ordinal);
        return TypedResults.Ok(new FeedbackSummaryDto(t.Items, t.Customers, t.WithText, bySource, byScoreType, Time(t.FirstTicks), Time(t.LastTicks)));
    }

    public static async Task<Results<Ok<FeedbackListDto>, ValidationProblem>> List(
        string workspaceId, int? limit, int? offset, IFeedbackStore store, CancellationToken ct)
    {
        if (limit is < 1 or > 500)
        {
            return Problems.Invalid("limit", "limit must be between 1 and 500.");
        }

        if (offset is < 0)
        {
            return Problems.Invalid("offset", "offset must be 0 or more.");
        }

        var total = await store.CountAsync(workspaceId, ct);
        var page = await store.LatestAsync(workspaceId, limit ?? 50, offset ?? 0, ct);
        return TypedResults.Ok(new FeedbackListDto(total, page.Select(FeedbackListItem.From).ToList()));
    }

    private static FeedbackPreviewDto ToDto(FeedbackPreview p) => new(UploadPreview.FormatName(p.Format, p.Delimiter), UploadPreview.DelimiterText(p.Delimiter),
        p.Columns, p.Rows, FeedbackColumnsDto.From(p.Mapping), p.Notes);

    private static DateTime? Time(long? ticks) => ticks is { } t ? new DateTime(t, DateTimeKind.Utc) : null;
}
