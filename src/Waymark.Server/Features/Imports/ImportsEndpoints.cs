using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
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
    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workspaces/{workspaceId}/imports").WithTags("Imports");
        // Any content type: the body is the file as it is (browsers send text/csv, curl form-encoding, ...).
        group.MapPost("/preview", Preview);
        group.MapPost("/", Import);
        return app;
    }

    public static async Task<Results<Ok<PreviewDto>, ValidationProblem, ProblemHttpResult>> Preview(
        string workspaceId, string? fileName, string? format, string? delimiter, bool? complete,
        HttpRequest request, WaymarkDbContext db, IOptions<ImportsOptions> options, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var (query, path, problem) = UploadQuery.Parse(fileName, format, null, null, null, null, delimiter, null);
        if (query is null)
        {
            return Problems.Invalid(path!, problem!);
        }

        var limit = options.Value.MaxPreviewBytes;
        var bytes = await ReadPreviewAsync(request, limit, ct);
        if (bytes is null)
        {
            return TooLarge($"A preview takes at most {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes: send the first 256 KiB of the file.");
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
        HttpContext http, WaymarkDbContext db, IEventStore store, IOptions<ImportsOptions> options, CancellationToken ct)
    {
        if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        var (query, path, problem) = UploadQuery.Parse(fileName, format, customer, activity, timestamp, channel, delimiter, timeZone);
        if (query is null)
        {
            return Problems.Invalid(path!, problem!);
        }

        var limits = options.Value;
        if (http.Request.ContentLength > limits.MaxUploadBytes)
        {
            return TooLarge(string.Create(CultureInfo.InvariantCulture,
                $"The file is larger than {limits.MaxUploadBytes:N0} bytes, the most one upload may be (Imports:MaxUploadBytes). Split it, or send it with `waymark import`."));
        }

        AllowBody(http, limits.MaxUploadBytes);
        var clock = Stopwatch.StartNew();
        ImportResult result;
        try
        {
            result = await ReadAsync(http.Request.Body, query, limits, ct);
        }
        catch (UploadRejectedException e)
        {
            return Rejected(e);
        }

        if (result.RowsRead > limits.MaxRows)
        {
            return TooLarge(string.Create(CultureInfo.InvariantCulture,
                $"The file has {result.RowsRead:N0} rows; one upload takes at most {limits.MaxRows:N0} (Imports:MaxRows). Split it, or send it with `waymark import`."));
        }

        if (result.Log is null)
        {
            return Unreadable(result);
        }

        var (imported, duplicates, skipped) = await UploadStore.SaveAsync(store, workspaceId, result.Log, ct);
        var problems = result.Problems.Select(p => new UploadProblem(p.Line, Reason(p))).Concat(skipped).Take(100).ToArray();
        return TypedResults.Ok(new UploadResult(imported, duplicates, result.ProblemCount + skipped.Count, problems,
            result.Log.CustomerCount, result.Log.Activities.Count, Math.Round(clock.Elapsed.TotalSeconds, 3)));
    }

    /// <summary>An uploaded .gz unpacked, refusing more text than the limit, with its trailer checked against truncation.</summary>
    private static GzipCheckedStream Gunzip(UploadBody body, long textLimit) => new(
        body,
        () => body.BytesRead < 18 ? null : BinaryPrimitives.ReadUInt32LittleEndian(body.Tail[^4..]),
        unpacked =>
        {
            if (unpacked > textLimit)
            {
                throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, "File too large", string.Create(
                    CultureInfo.InvariantCulture,
                    $"The file unpacks to more than {textLimit:N0} bytes of text, the most one upload may hold (Imports:MaxTextBytes)."));
            }
        });

    private static async Task<ImportResult> ReadAsync(Stream requestBody, UploadQuery query, ImportsOptions limits, CancellationToken ct)
    {
        await using var body = new UploadBody(requestBody, limits.MaxUploadBytes);
        var magic = await body.PeekAsync(2, ct);
        Stream text = magic.Span is [0x1f, 0x8b] ? Gunzip(body, limits.MaxTextBytes) : body;
        if (query.Format != ImportFormat.Xes)
        {
            text = new Utf8CheckedText(text);
        }

        await using (text)
        {
            // The importer reads synchronously (on several cores for CSV): keep it off the request's thread.
            return await Task.Run(() => EventImporter.Import(text, query.Format, query.Options), ct);
        }
    }

    private static async Task<byte[]?> ReadPreviewAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[65536];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Kestrel's server-wide cap must not answer first with a bare 413 below the upload limit.</summary>
    private static void AllowBody(HttpContext http, long limit)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size && size.MaxRequestBodySize < limit + 1)
        {
            size.MaxRequestBodySize = limit + 1;
        }
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

    private static string Reason(ImportProblem p) =>
        p.Column > 1 ? string.Create(CultureInfo.InvariantCulture, $"{p.Reason} (column {p.Column})") : p.Reason;

    private static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");

    private static ProblemHttpResult Rejected(UploadRejectedException e) => TypedResults.Problem(e.Message, statusCode: e.Status, title: e.Title,
        extensions: e.Line is { } line ? new Dictionary<string, object?> { ["problems"] = new[] { new UploadProblem(line, e.Message) } } : null);

    private static ProblemHttpResult Unreadable(ImportResult result)
    {
        var problems = result.Problems.Select(p => new UploadProblem(p.Line, Reason(p))).ToArray();
        var first = problems.Length > 0 ? $"line {problems[0].Line}: {problems[0].Reason}. " : "";
        return TypedResults.Problem($"The file cannot be read as a whole: {first}Nothing was imported.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unreadable file",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
    }
}
