using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.ApiKeys;

namespace Waymark.Server.Features.Ingest;

/// <summary>Finds the live API key a request carries (Authorization: Bearer, or X-Waymark-Key).</summary>
internal static class IngestAuth
{
    public const string KeyHeader = "X-Waymark-Key";

    public static async Task<ApiKeyEntity?> FindKeyAsync(HttpRequest request, WaymarkDbContext db, CancellationToken ct)
    {
        var key = KeyOf(request);
        if (key is null || !ApiKeySecrets.LooksValid(key))
        {
            return null;
        }

        var prefix = ApiKeySecrets.PrefixOf(key);
        var entity = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
        return entity is not null && entity.RevokedAt is null && ApiKeySecrets.Matches(key, entity.Hash) ? entity : null;
    }

    private static string? KeyOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        var header = request.Headers[KeyHeader].ToString().Trim();
        return header.Length > 0 ? header : null;
    }
}
