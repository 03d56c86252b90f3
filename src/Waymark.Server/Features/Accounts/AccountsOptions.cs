namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Settings under "Auth". Accounts are on by default: people sign in and each workspace has members with roles.
/// Off (Auth:Accounts=false) is the single-user laptop mode of ADR 009/017, allowed on loopback only.
/// </summary>
public sealed class AccountsOptions
{
    public const string Section = "Auth";

    public bool Accounts { get; set; } = true;

    /// <summary>The first-start owner's email (the owner signs in with the printed link, then sets a password).</summary>
    public string OwnerEmail { get; set; } = "owner@localhost";

    public string OwnerName { get; set; } = "Owner";

    /// <summary>How long a session lives without a request; each request moves the end on (sliding expiry).</summary>
    public int SessionDays { get; set; } = 14;

    /// <summary>How long a one-time sign-in link (first start, password reset) stays valid.</summary>
    public int SignInLinkMinutes { get; set; } = 24 * 60;

    /// <summary>Failed passwords in a row before the account is locked for <see cref="LockoutMinutes"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts (password or link) one client address may make per minute.</summary>
    public int SignInsPerMinute { get; set; } = 10;

    /// <summary>Password-reset requests one client address may make per hour (whatever emails they name).</summary>
    public int ResetRequestsPerHour { get; set; } = 10;

    /// <summary>Password-reset requests per hour for one email address (whoever asks), so nobody fills a mailbox.</summary>
    public int ResetMailsPerEmailPerHour { get; set; } = 3;

    /// <summary>How long a mailed password-reset link stays valid (shorter than a printed link: mail is kept and forwarded).</summary>
    public int ResetLinkMinutes { get; set; } = 60;

    /// <summary>The address people reach the server at, for printed links (default: where it listens).</summary>
    public string? PublicUrl { get; set; }

    public const int MinPasswordLength = 10;

    internal bool IsValid() =>
        SessionDays is >= 1 and <= 365 && SignInLinkMinutes is >= 1 and <= 7 * 24 * 60
        && MaxFailedSignIns is >= 1 and <= 100 && LockoutMinutes is >= 1 and <= 24 * 60
        && SignInsPerMinute is >= 1 and <= 10_000 && ResetRequestsPerHour is >= 1 and <= 10_000
        && ResetMailsPerEmailPerHour is >= 1 and <= 1000 && ResetLinkMinutes is >= 5 and <= 7 * 24 * 60 && !string.IsNullOrWhiteSpace(OwnerEmail) && OwnerEmail.Contains('@', StringComparison.Ordinal)
        && !string.IsNullOrWhiteSpace(OwnerName)
        && (PublicUrl is null || Uri.TryCreate(PublicUrl, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https"));

    internal const string Rules =
        "Auth: SessionDays 1 to 365, SignInLinkMinutes 1 to 10080, MaxFailedSignIns 1 to 100, LockoutMinutes 1 to 1440, "
        + "SignInsPerMinute 1 to 10000, ResetRequestsPerHour 1 to 10000, ResetMailsPerEmailPerHour 1 to 1000, ResetLinkMinutes 5 to 10080, "
        + "OwnerEmail an email address, OwnerName not empty, PublicUrl an absolute http(s) URL.";
}
