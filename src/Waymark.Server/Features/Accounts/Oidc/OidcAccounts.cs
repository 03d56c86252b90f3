using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>
/// Finds the account a provider's ID token names. Once linked, by the provider's subject (user_logins: issuer and
/// sub). Before that, by a verified email only: an unverified one could be anybody's, so it never links an account.
/// Someone without an account comes in only with a pending invitation to their email or when AutoCreateAccounts is
/// on; AllowedEmailDomains, when set, first turns away every email outside those domains.
/// </summary>
internal sealed class OidcAccounts(UserManager<WaymarkUser> users, WaymarkDbContext db, IOptions<OidcOptions> options, TimeProvider clock)
{
    public async Task<OidcOutcome> ResolveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var subject = principal.FindFirst("sub");
        var email = principal.FindFirstValue("email")?.Trim();
        var verified = string.Equals(principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        var who = email ?? $"subject {subject?.Value}";
        if (subject is null || string.IsNullOrEmpty(subject.Value))
        {
            return OidcOutcome.Refuse(OidcRefusal.Failed, "the provider named no subject", who);
        }

        var oidc = options.Value;
        if (oidc.AllowedEmailDomains.Length > 0 && !(verified && email is not null && oidc.DomainAllowed(email)))
        {
            return OidcOutcome.Refuse(OidcRefusal.Domain, "email domain not allowed (or email not verified)", who);
        }

        var login = new UserLoginInfo(subject.Issuer, subject.Value, oidc.DisplayName);
        var user = await users.FindByLoginAsync(login.LoginProvider, login.ProviderKey);
        if (user is null && email is not null)
        {
            user = await users.FindByEmailAsync(email);
            if (user is not null && !verified)
            {
                return OidcOutcome.Refuse(OidcRefusal.Unverified, "email not verified by the provider: not linked", who, user.Id);
            }

            user ??= verified && (oidc.AutoCreateAccounts || await InvitedAsync(email, ct)) ? await CreateAsync(email, principal) : null;
            if (user is not null && !(await users.AddLoginAsync(user, login)).Succeeded)
            {
                return OidcOutcome.Refuse(OidcRefusal.Failed, "could not link the account", who, user.Id);
            }
        }

        if (user is null)
        {
            return OidcOutcome.Refuse(verified || email is null ? OidcRefusal.NoAccount : OidcRefusal.Unverified,
                verified ? "no account and no invitation" : "no account, and the email is not verified", who);
        }

        return await users.IsLockedOutAsync(user)
            ? OidcOutcome.Refuse(OidcRefusal.Locked, "account locked", user.DisplayName, user.Id)
            : OidcOutcome.SignIn(user);
    }

    /// <summary>An open invitation sent to this email (not used, revoked or expired) lets its person make an account.</summary>
    private async Task<bool> InvitedAsync(string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invited = await db.Invitations.AsNoTracking()
            .Where(i => i.Email != null && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .Select(i => i.Email!).ToListAsync(ct);
        return invited.Any(e => string.Equals(e.Trim(), email, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<WaymarkUser?> CreateAsync(string email, ClaimsPrincipal principal)
    {
        var name = principal.FindFirstValue("name");
        var user = new WaymarkUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(name) ? email.Split('@')[0] : name.Trim()[..Math.Min(name.Trim().Length, 100)],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        return (await users.CreateAsync(user)).Succeeded ? user : null;
    }
}
