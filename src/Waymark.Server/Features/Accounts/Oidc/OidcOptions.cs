using System.Net;

namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>
/// Settings under "Auth:Oidc": single sign-on with an OpenID Connect provider (Okta, Entra ID, Google, Keycloak, ...).
/// Off unless <see cref="Authority"/> is set. Who may come in: people with an account (matched by the provider's
/// subject once linked, or first by a verified email) or a pending invitation; <see cref="AutoCreateAccounts"/> opens
/// the door to anyone the provider vouches for, and <see cref="AllowedEmailDomains"/> narrows every single sign-on to
/// verified emails of those domains.
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Auth:Oidc";

    /// <summary>The provider's issuer URL (its discovery document is at /.well-known/openid-configuration below it).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Optional: a public client signs in with PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The button's label after "Sign in with", e.g. "Okta".</summary>
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>Space-separated scopes to ask for; openid is always asked.</summary>
    public string Scopes { get; set; } = "openid profile email";

    /// <summary>If any: only verified emails of these domains may sign in with the provider (existing accounts too).</summary>
    public string[] AllowedEmailDomains { get; set; } = [];

    /// <summary>Creates an account for someone the provider vouches for who has none and no invitation.</summary>
    public bool AutoCreateAccounts { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    internal IEnumerable<string> ScopeList() =>
        Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append("openid").Distinct(StringComparer.Ordinal);

    internal bool DomainAllowed(string email)
    {
        var at = email.LastIndexOf('@');
        var domain = at < 0 ? "" : email[(at + 1)..];
        return AllowedEmailDomains.Length == 0
            || AllowedEmailDomains.Any(d => string.Equals(d.Trim().TrimStart('@'), domain, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Metadata over plain http only from the machine itself (a provider in a test, a local Keycloak).</summary>
    internal bool RequireHttpsMetadata =>
        !(Uri.TryCreate(Authority, UriKind.Absolute, out var u) && (u.IsLoopback || IPAddress.TryParse(u.Host, out var ip) && IPAddress.IsLoopback(ip)));

    internal bool IsValid() =>
        !Enabled
        || Uri.TryCreate(Authority, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp && !RequireHttpsMetadata)
        && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(DisplayName) && DisplayName.Length <= 60
        && AllowedEmailDomains.All(d => !string.IsNullOrWhiteSpace(d));

    internal const string Rules =
        "Auth:Oidc: Authority an absolute https URL (http only on loopback), ClientId set, DisplayName 1 to 60 characters, "
        + "AllowedEmailDomains without empty entries.";
}
