using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Import;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Sources;
using Waymark.Server.Features.Uploads;

namespace Waymark.Server.Features.Imports;

/// <summary>
/// Uploading event files in the UI: a preview of the first bytes with guessed columns, then the import of the
/// whole file streamed through the engine's importer. Bad rows are skipped and reported by line; a file that
/// cannot be read as a whole (truncated gzip, not UTF-8, not the format) stores nothing.
/// </summary>
public static class ImportsEndpoints
{
    public static RouteGroupBuilder MapImports(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/imports").WithTags("Imports");
        // Any content type: the body is the file as it is (browsers send text/csv, curl form-encoding, ...).
        group.MapPost("/preview", Preview).RequireRole(WorkspaceRole.Editor).WithName("PreviewEventImport")
            .WithSummary("Previews the first bytes of an event file: columns, rows and the guessed mapping.")
            .AcceptsUpload("The first bytes of the file (CSV, TSV, NDJSON or XES, gzip allowed)");
        group.MapPost("/", Import).RequireRole(WorkspaceRole.Editor).WithName("ImportEvents").WithSummary("Imports an event file into an event source (the default one unless named); bad rows are skipped and reported by line.")
            .AcceptsUpload("The whole file (CSV, TSV, NDJSON or XES, gzip allowed)")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return workspace;
    }

    public static async Task<Results<Ok<PreviewDto>, ValidationProblem, ProblemHttpResult>> Preview(
        string workspaceId, string? fileName, string? format, string? delimiter, bool? complete,
        HttpRequest request, IOptions<UploadOptions> options, CancellationToken ct)
    {
        var (query, path, problem) = UploadQuery.Parse(fileName, format, null, null, null, null, delimiter, null);
        if (query is null)
        {
            return Problems.Invalid(path!, problem!);
        }

        var (preview, refusal) = await UploadPreview.ReadAsync(request, complete, options.Value,
            (text, whole) => ToDto(EventImporter.Preview(text, query.Format, query.Delimiter, complete: whole)), ct);
        return refusal is null ? TypedResults.Ok(preview!) : refusal;
    }

    public static async Task<Results<Ok<UploadResult>, ValidationProblem, ProblemHttpResult>> Import(
        string workspaceId, string? fileName, string? format, string? customer, string? activity, string? timestamp,
        string? channel, string? delimiter, string? timeZone, string? source,
        HttpContext http, WaymarkDbContext db, IEventStore store, IOptions<UploadOptions> options, UploadGate gate, IAuditTrail audit, CancellationToken ct)
    {
        var into = await EventSources.ResolveAsync(db, workspaceId, source, ct); // before the body: a wrong source reads nothing
        if (into.Key is not { } sourceKey)
        {
            return into.Problem!;
        }

        var (query, path, problem) = UploadQuery.Parse(fileName, format, customer, activity, timestamp, channel, delimiter, timeZone);
        if (query is null)
        {
            return Problems.Invalid(path!, problem!);
        }

        using var upload = await Upload<EventUpload>.ReadAsync(http, options.Value, gate, "waymark import",
            checkUtf8: query.Format != ImportFormat.Xes, text => EventUpload.Read(text, query, options.Value.MaxRows), ct);
        if (upload.Refusal is { } refusal)
        {
            return refusal;
        }

        var result = upload.Content!.Result;
        var (imported, duplicates) = await UploadStore.SaveAsync(store, sourceKey, result.Log!, ct);
        await audit.RecordAsync(http, workspaceId, AuditActions.ImportEvents, null, AuditDetails.Import(fileName, imported, duplicates, result.ProblemCount));
        var problems = result.Problems.Select(UploadProblem.From).Take(100).ToArray();
        return TypedResults.Ok(new UploadResult(imported, duplicates, result.ProblemCount, problems,
            result.Log!.CustomerCount, result.Log.Activities.Count, upload.Seconds));
    }

    private static PreviewDto ToDto(ImportPreview p) => new(UploadPreview.FormatName(p.Format, p.Delimiter), UploadPreview.DelimiterText(p.Delimiter),
        p.Columns, p.Rows, new ColumnMapping(p.Customer, p.Activity, p.Timestamp, p.Channel), p.Notes);
}
