using Microsoft.AspNetCore.StaticFiles;

namespace Waymark.Server.Features.Spa;

/// <summary>Cache headers: Vite names files under /assets by their content hash, so they never change.</summary>
internal static class SpaCaching
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    public static void Apply(StaticFileResponseContext context)
    {
        context.Context.Response.Headers.CacheControl =
            IsHashedAsset(context.Context.Request.Path) ? Immutable : Revalidate;
    }

    public static bool IsHashedAsset(PathString path) => path.StartsWithSegments("/assets", StringComparison.OrdinalIgnoreCase);
}
