namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Whether this server sends mail: with it, invitations are mailed and "Forgot password?" mails a link; without it,
/// the web app shows links to hand over and points to `waymark users reset-password`.
/// </summary>
public sealed record MailStatus(bool Enabled);
