using Waymark.Data.Entities;

namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>
/// Who a provider's callback turned out to be: the <see cref="User"/> to sign in, or a refusal (a code for the page,
/// why in words for the audit trail, and whom: an account's id when one was matched, else the email or subject).
/// </summary>
internal sealed record OidcOutcome(WaymarkUser? User, string Refusal, string Why, string? KnownUserId, string Who)
{
    public static OidcOutcome SignIn(WaymarkUser user) => new(user, "", "", user.Id, user.DisplayName);

    public static OidcOutcome Refuse(string refusal, string why, string who, string? userId = null) => new(null, refusal, why, userId, who);
}
