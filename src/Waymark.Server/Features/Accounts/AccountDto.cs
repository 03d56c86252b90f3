namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Who is signed in. <see cref="Accounts"/> false means the server runs without accounts (loopback only) and the
/// caller is the local owner. <see cref="AntiforgeryToken"/> goes in the X-Waymark-Antiforgery header of every change
/// a signed-in browser makes; <see cref="PasswordSet"/> false asks the web app to have a password chosen.
/// <see cref="SignedInWithLink"/>: this session came from a one-time link, so a new password needs no current one.
/// </summary>
public sealed record AccountDto(bool Accounts, string UserId, string DisplayName, string? Email, bool PasswordSet, bool SignedInWithLink,
    string? AntiforgeryToken);

public sealed record SignInRequest(string? Email, string? Password);

public sealed record LinkSignInRequest(string? Token);

/// <summary><see cref="CurrentPassword"/> may be left out by an account without a password or a session opened by a link.</summary>
public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
