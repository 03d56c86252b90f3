namespace Waymark.Server.Features.Accounts;

/// <summary>"I forgot my password": the email address of the account.</summary>
public sealed record PasswordResetRequest(string? Email);
