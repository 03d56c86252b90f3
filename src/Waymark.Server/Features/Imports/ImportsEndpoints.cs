using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Analytics.Import;
using Waymark.Data;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Common;

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
        group.MapPost("/preview", Preview).WithName("PreviewEventImport")
            .WithSummary("Previews the first bytes of an event file: columns, rows and the guessed mapping.")
            .AcceptsUpload("The first bytes of the file (CSV, TSV, NDJSON or XES, gzip allowed)");
        group.MapPost("/", Import).WithName("ImportEvents").WithSummary("Imports an event file; bad rows are skipped and reported by line.")
            .AcceptsUpload("The whole file (CSV, TSV, NDJSON or XES, gzip allowed)")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return workspace;
    }

    public static async Task<Results<Ok<PreviewDto>, ValidationProblem, ProblemHttpResult>> Preview(
        string workspaceId, string? fileName, string? format, string? delimiter, bool? complete,
        HttpRequest request, IOptions<ImportsOptions> options, CancellationToken ct)
    {
        var (query, path, problem) = UploadQuery.Parse(fileName, format, null, null, null, null, delimiter, null);
        if (query is null)
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

        var preview = EventImporter.Preview(text!, query.Format, query.Delimiter, complete: !cut);
        return TypedResults.Ok(ToDto(preview));
    }

    public static async Task<Results<Ok<UploadResult>, ValidationProblem, ProblemHttpResult>> Import(
        string workspaceId, string? fileName, string? format, string? customer, string? activity, string? timestamp,
        string? channel, string? delimiter, string? timeZone,
        HttpContext http, IEventStore store, IOptions<ImportsOptions> options, UploadGate gate, CancellationToken ct)
    {
        var (query, path, problem) = UploadQuery.Parse(fileName, format, customer, activity, timestamp, channel, delimiter, timeZone);
        if (query is null)
        {
            return Problems.Invalid(path!, problem!);
        }

        var limits = options.Value;
        if (http.Request.ContentLength > limits.MaxUploadBytes)
        {
            return UploadAnswers.OverUploadLimit(limits.MaxUploadBytes, "waymark import");
        }

        using var slot = await gate.EnterAsync(ct);
        if (slot is null)
        {
            return UploadAnswers.Busy(http.Response, limits.MaxConcurrentUploads);
        }

        UploadStreams.AllowBody(http, limits.MaxUploadBytes);
        var clock = Stopwatch.StartNew();
        ImportResult result;
        try
        {
            result = await ReadAsync(http.Request.Body, query, limits, ct);
        }
        catch (UploadRejectedException e)
        {
            return UploadAnswers.Rejected(e);
        }

        if (result.OverRowLimit)
        {
            return UploadAnswers.TooManyRows(limits.MaxRows, "waymark import");
        }

        if (result.Log is null)
        {
            return Unreadable(result);
        }

        var (imported, duplicates) = await UploadStore.SaveAsync(store, workspaceId, result.Log, ct);
        var problems = result.Problems.Select(UploadProblem.From).Take(100).ToArray();
        return TypedResults.Ok(new UploadResult(imported, duplicates, result.ProblemCount, problems,
            result.Log.CustomerCount, result.Log.Activities.Count, Math.Round(clock.Elapsed.TotalSeconds, 3)));
    }

    private static async Task<ImportResult> ReadAsync(Stream requestBody, UploadQuery query, ImportsOptions limits, CancellationToken ct)
    {
        await using var text = await UploadStreams.OpenAsync(requestBody, limits, checkUtf8: query.Format != ImportFormat.Xes, ct);

        // The importer reads synchronously (on several cores for CSV): keep it off the request's thread.
        return await Task.Run(() => EventImporter.Import(text, query.Format, query.Options with { MaxRows = limits.MaxRows }), ct);
    }

    private static PreviewDto ToDto(ImportPreview p)
    {
        var format = p.Format switch
        {
            ImportFormat.Xes => "xes",
            ImportFormat.Ndjson => "ndjson",
            _ => p.Delimiter == '\t' ? "tsv" : "csv",
        };
        var delimiter = p.Delimiter is { } d ? (d == '\t' ? "\t" : d.ToString()) : null;
        return new PreviewDto(format, delimiter, p.Columns, p.Rows, new ColumnMapping(p.Customer, p.Activity, p.Timestamp, p.Channel), p.Notes);
    }

    private static ProblemHttpResult Unreadable(ImportResult result)
    {
        var problems = result.Problems.Select(UploadProblem.From).ToArray();
        var first = problems.Length > 0 ? $"line {problems[0].Line}: {problems[0].Reason}. " : "";
        return TypedResults.Problem($"The file cannot be read as a whole: {first}Nothing was imported.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unreadable file",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
    }
}
