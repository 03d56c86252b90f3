namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>Why a single sign-on ended on the sign-in page (/signin?sso=...); the page says each in a sentence.</summary>
internal static class OidcRefusal
{
    public const string NoAccount = "no-account";
    public const string Domain = "domain";
    public const string Unverified = "unverified";
    public const string Locked = "locked";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Unreachable = "unreachable";
}
