namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>How the sign-in page may sign someone in: <see cref="SingleSignOn"/> is null unless Auth:Oidc is set.</summary>
public sealed record SignInOptions(bool Accounts, SingleSignOn? SingleSignOn);

/// <summary>The single sign-on button: "Sign in with <see cref="DisplayName"/>", which opens <see cref="StartUrl"/>?returnUrl=...</summary>
public sealed record SingleSignOn(string DisplayName, string StartUrl);
