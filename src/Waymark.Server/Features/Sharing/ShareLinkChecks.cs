using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Sharing;

internal static class ShareLinkChecks
{
    public const int MinPasscode = 4;
    public const int MaxPasscode = 128;
    private const int MaxLabel = 200;

    public static ValidationProblem? Check(CreateShareLinkRequest request, DateTime now)
    {
        if (!ShareLinkAccessKind.IsValid(request.Access))
        {
            return Problems.Invalid("access", $"access must be \"{ShareLinkAccessKind.View}\" or \"{ShareLinkAccessKind.Comment}\"");
        }

        if (request.Passcode is { Length: > 0 } p && (p.Length < MinPasscode || p.Length > MaxPasscode))
        {
            return Problems.Invalid("passcode", $"a passcode has {MinPasscode} to {MaxPasscode} characters");
        }

        if (request.ExpiresAt is { } expires && expires.ToUniversalTime() <= now)
        {
            return Problems.Invalid("expiresAt", "the expiry must be in the future");
        }

        return request.Label is { Length: > MaxLabel } ? Problems.Invalid("label", $"a label may be at most {MaxLabel} characters") : null;
    }
}
