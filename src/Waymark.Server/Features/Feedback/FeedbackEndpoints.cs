using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Feedback;
using Waymark.Analytics.Feedback.Import;
using Waymark.Analytics.Import;
using Waymark.Data;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Imports;

namespace Waymark.Server.Features.Feedback;

/// <summary>
/// A workspace's feedback: uploading files (a preview of the first bytes with recognised columns, then the import,
/// where bad rows are skipped and reported by line and a file that cannot be read as a whole stores nothing), the
/// summary, and the latest items.
/// </summary>
public static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedback(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workspaces/{workspaceId}/feedback").WithTags("Feedback");
        group.MapPost("/imports/preview", Preview);
        group.MapPost("/imports", Import);
        group.MapGet("/summary", Summary);
        group.MapGet("/", List);
        return app;
    }

    public static async Task<Results<Ok<FeedbackPreviewDto>, ValidationProblem, ProblemHttpResult>> Preview(
        string workspaceId, string? fileName, string? format, string? delimiter, bool? complete,
        HttpRequest request, WaymarkDbContext db, IOptions<ImportsOptions> options, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var query = new FeedbackUploadQuery(fileName, format, delimiter);
        var (read, path, problem) = query.Check();
        if (read is not { } o)
        {
            return Problems.Invalid(path!, problem!);
        }

        var limit = options.Value.MaxPreviewBytes;
        var bytes = await UploadStreams.ReadPreviewAsync(request, limit, ct);
        if (bytes is null)
        {
            return UploadAnswers.TooLarge($"A preview takes at most {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes: send the first 256 KiB of the file.");
        }

        var (text, cut, unreadable) = PreviewText.Decode(bytes, complete ?? false);
        if (unreadable is not null)
        {
            return TypedResults.Problem(unreadable, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not UTF-8 text");
        }

        var p = FeedbackImporter.Preview(text!, o.Format, o.Delimiter, complete: !cut);
        var kind = p.Format == ImportFormat.Ndjson ? "ndjson" : p.Delimiter == '\t' ? "tsv" : "csv";
        var shown = p.Delimiter is { } d ? d.ToString() : null;
        return TypedResults.Ok(new FeedbackPreviewDto(kind, shown, p.Columns, p.Rows, FeedbackColumnsDto.From(p.Mapping), p.Notes));
    }

    public static async Task<Results<Ok<FeedbackUploadResult>, ValidationProblem, ProblemHttpResult>> Import(
        string workspaceId, [AsParameters] FeedbackUploadQuery query,
        HttpContext http, WaymarkDbContext db, IFeedbackStore store, IOptions<ImportsOptions> options, UploadGate gate, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var (read, path, problem) = query.Check();
        if (read is not { } o)
        {
            return Problems.Invalid(path!, problem!);
        }

        var limits = options.Value;
        if (http.Request.ContentLength > limits.MaxUploadBytes)
        {
            return UploadAnswers.OverUploadLimit(limits.MaxUploadBytes, "waymark feedback import");
        }

        using var slot = await gate.EnterAsync(ct);
        if (slot is null)
        {
            return UploadAnswers.Busy(http.Response, limits.MaxConcurrentUploads);
        }

        UploadStreams.AllowBody(http, limits.MaxUploadBytes);
        var clock = Stopwatch.StartNew();
        FeedbackUpload upload;
        try
        {
            upload = await FeedbackUpload.ReadAsync(http.Request.Body, o, limits, ct);
        }
        catch (UploadRejectedException e)
        {
            return UploadAnswers.Rejected(e);
        }

        if (upload.Rows > limits.MaxRows)
        {
            return UploadAnswers.TooManyRows(limits.MaxRows, "waymark feedback import");
        }

        if (upload.Fatal is { } fatal)
        {
            return TypedResults.Problem($"The file cannot be read as a whole: {fatal}. Nothing was imported.",
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unreadable file",
                extensions: new Dictionary<string, object?> { ["problems"] = new[] { FeedbackUploadProblem.From(fatal) } });
        }

        var stored = await store.AppendAsync(workspaceId, upload.Items, ct);
        return TypedResults.Ok(new FeedbackUploadResult(stored.Appended, stored.Duplicates, upload.Rejected, upload.Problems,
            Math.Round(clock.Elapsed.TotalSeconds, 3)));
    }

    public static async Task<Results<Ok<FeedbackSummaryDto>, ProblemHttpResult>> Summary(
        string workspaceId, WaymarkDbContext db, IFeedbackStore store, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var t = await store.TotalsAsync(workspaceId, ct);
        var bySource = FeedbackNames.Sources.ToDictionary(s => s, s => t.BySource.GetValueOrDefault(s), StringComparer.Ordinal);
        var byScoreType = FeedbackNames.ScoreTypes.Append("none").ToDictionary(s => s, s => t.ByScoreType.GetValueOrDefault(s), StringComparer.Ordinal);
        return TypedResults.Ok(new FeedbackSummaryDto(t.Items, t.Customers, t.WithText, bySource, byScoreType, Time(t.FirstTicks), Time(t.LastTicks)));
    }

    public static async Task<Results<Ok<FeedbackListDto>, ValidationProblem, ProblemHttpResult>> List(
        string workspaceId, int? limit, int? offset, WaymarkDbContext db, IFeedbackStore store, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

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

    private static DateTime? Time(long? ticks) => ticks is { } t ? new DateTime(t, DateTimeKind.Utc) : null;
}
