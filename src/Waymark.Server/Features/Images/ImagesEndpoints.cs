using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Images;

/// <summary>
/// Images stored in the workspace (persona photos, image cells): editors upload them, everyone who may read the
/// workspace's maps (share guests too) reads them. ADR "images-stored-in-the-workspace".
/// </summary>
public static class ImagesEndpoints
{
    /// <summary>What a multipart body adds around the file: boundaries and part headers.</summary>
    private const long FormOverhead = 64 * 1024;

    /// <remarks>
    /// The upload declares no request type, as the other file uploads (ContentTypeGuardMiddleware): the workspace
    /// check answers first, and the handler answers 415 itself to anything but multipart/form-data.
    /// </remarks>
    public static RouteGroupBuilder MapImages(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/images").WithTags("Images");
        group.MapPost("/", Upload).RequireRole(WorkspaceRole.Editor).WithName("UploadImage")
            .WithSummary("Stores a PNG, JPEG, GIF or WebP image (multipart, part \"file\") in the workspace; answers its id and the reference a map carries.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{imageId}", Get).RequireRole(WorkspaceRole.Viewer, openToShareGuests: true).WithName("GetImage")
            .WithSummary("The stored image's bytes, with the content type its bytes say, cached for good under its hash.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png").ProducesProblem(StatusCodes.Status404NotFound);
        return workspace;
    }

    public static async Task<Results<Created<ImageDto>, ProblemHttpResult>> Upload(
        string workspaceId, HttpContext http, WaymarkDbContext db, IOptions<ImageOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxBytes;
        if (http.Request.ContentLength > max + FormOverhead)
        {
            return ImageUpload.TooLarge(max);
        }

        var (bytes, problem) = await ImageUpload.ReadAsync(http.Request, max, ct);
        if (bytes is null)
        {
            return problem!;
        }

        if (ImageSniffer.ContentTypeOf(bytes) is not { } contentType)
        {
            return TypedResults.Problem(ImageSniffer.Refusal(bytes), statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not an image");
        }

        var id = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!await db.Images.AnyAsync(i => i.WorkspaceId == workspaceId && i.Id == id, ct))
        {
            db.Images.Add(new ImageEntity
            {
                WorkspaceId = workspaceId, Id = id, ContentType = contentType, Bytes = bytes, Size = bytes.LongLength,
                CreatedBy = http.Caller().DisplayName, CreatedAt = DateTime.UtcNow,
            });

            // The same bytes uploaded at the same moment by someone else is the same image: either insert will do.
            if (!await Saves.TrySaveAsync(db, ct) && !await Saves.WorkspaceExistsAsync(db, workspaceId, ct))
            {
                return Problems.NotFound("workspace", workspaceId);
            }
        }

        var dto = new ImageDto(id, StoredImage.Ref(id), contentType, bytes.LongLength);
        return TypedResults.Created($"/api/workspaces/{workspaceId}/images/{id}", dto);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(
        string workspaceId, string imageId, HttpContext http, WaymarkDbContext db, CancellationToken ct)
    {
        var image = StoredImage.IsId(imageId)
            ? await db.Images.AsNoTracking().FirstOrDefaultAsync(i => i.WorkspaceId == workspaceId && i.Id == imageId, ct)
            : null;
        if (image is null)
        {
            return Problems.NotFound("image", imageId);
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "private, max-age=31536000, immutable"; // the id is the hash: the bytes under it never change
        headers.ContentDisposition = $"inline; filename=\"image-{image.Id[..12]}{ImageSniffer.Extension(image.ContentType)}\"";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox"; // opened on its own, it is a picture and nothing more
        return TypedResults.File(image.Bytes, image.ContentType, lastModified: image.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{image.Id}\""));
    }
}
