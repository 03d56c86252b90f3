using Waymark.Data.Entities;

namespace Waymark.Server.Features.Sharing;

internal static class ShareLinkRecords
{
    public static ShareLinkDto Dto(ShareLinkEntity l, DateTime now) => new(
        l.Id, l.MapId, l.Access, l.Label, l.PasscodeHash is not null, l.IncludesData, l.ExpiresAt, l.RevokedAt,
        State(l, now), l.CreatedAt, l.CreatedByName, l.LastUsedAt, l.Opens);

    private static string State(ShareLinkEntity l, DateTime now) =>
        l.RevokedAt is not null ? "revoked" : l.ExpiresAt is { } e && e <= now ? "expired" : "active";
}
