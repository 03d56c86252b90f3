using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Waymark.Server.Features.Accounts.Oidc;

/// <summary>
/// Single sign-on (docs/adr/026-oidc-sign-in.md): the framework's OpenID Connect handler, code flow with PKCE, state
/// and nonce. The scheme is added only when Auth:Oidc:Authority is set, decided when the authentication options are
/// first built (from the finished configuration, as test hosts add their settings late); otherwise the handler would
/// run, and fail its own checks, on every request. The callback ends in <see cref="OidcCallback"/>, which issues the
/// same waymark_session cookie as a password sign-in.
/// </summary>
public static class OidcSetup
{
    public const string Scheme = "Oidc";
    public const string CallbackPath = "/signin-oidc";

    public static WebApplicationBuilder AddWaymarkOidc(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OidcOptions>().Bind(builder.Configuration.GetSection(OidcOptions.Section))
            .Validate(o => o.IsValid(), OidcOptions.Rules).ValidateOnStart();
        services.AddScoped<OidcAccounts>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.TryAddTransient<OpenIdConnectHandler>();
        services.AddOptions<AuthenticationOptions>().Configure<IOptions<OidcOptions>>((o, oidc) =>
        {
            if (oidc.Value.Enabled)
            {
                o.AddScheme<OpenIdConnectHandler>(Scheme, oidc.Value.DisplayName);
            }
        });
        services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IOptions<OidcOptions>>((o, oidc) => Configure(o, oidc.Value));
        return builder;
    }

    private static void Configure(OpenIdConnectOptions o, OidcOptions oidc)
    {
        o.Authority = oidc.Authority;
        o.ClientId = oidc.ClientId;
        o.ClientSecret = string.IsNullOrEmpty(oidc.ClientSecret) ? null : oidc.ClientSecret;
        o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        // The provider sends the browser back with a GET: a cross-site form post would meet ADR 009's guards, and a
        // top-level GET carries SameSite=Lax cookies, so the correlation and nonce cookies need not be SameSite=None.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CallbackPath = CallbackPath;
        o.SignInScheme = SessionCookie.Scheme; // never used: OidcCallback issues the session itself and ends the request
        o.SaveTokens = false; // the provider's tokens are not kept: the session is Waymark's own
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = true; // used when the provider has one (some put the email only there)
        o.TokenValidationParameters.NameClaimType = "name";
        o.Scope.Clear();
        foreach (var scope in oidc.ScopeList())
        {
            o.Scope.Add(scope);
        }

        o.Events.OnTicketReceived = OidcCallback.TicketReceivedAsync;
        o.Events.OnRemoteFailure = OidcCallback.RemoteFailureAsync;
        o.Events.OnAccessDenied = OidcCallback.AccessDeniedAsync;
    }
}
