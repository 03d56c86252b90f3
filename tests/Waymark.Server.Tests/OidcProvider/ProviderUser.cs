namespace Waymark.Server.Tests.OidcProvider;

/// <summary>The person the test provider says signed in: its subject, email, whether it checked the email, and name.</summary>
public sealed record ProviderUser(string Subject, string? Email, bool EmailVerified, string Name);
