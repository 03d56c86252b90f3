using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Waymark.Server.Tests.OidcProvider;

/// <summary>
/// A real OpenID provider for the single sign-on tests: OpenIddict's server on Kestrel at a free loopback port (real
/// HTTP, since Waymark's handler fetches discovery and redeems codes over the network), with OpenIddict's EF Core
/// stores on a temp SQLite file, so the code is stored and spent once, PKCE and the client secret are checked
/// against a registered client as a production provider does. Its authorize endpoint signs in
/// <see cref="NextUser"/> without a form; null answers access_denied.
/// </summary>
public sealed class TestOidcProvider : IAsyncLifetime
{
    public const string ClientId = "waymark";
    public const string ClientSecret = "test client secret";

    /// <summary>Where Waymark's test server (http://localhost) receives the provider's answer.</summary>
    public const string RedirectUri = "http://localhost/signin-oidc";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "waymark-oidc-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public ProviderUser? NextUser { get; set; }

    /// <summary>The issuer, e.g. http://127.0.0.1:41234/ (Waymark's Auth:Oidc:Authority).</summary>
    public Uri Issuer { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _folder, EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite($"Data Source={Path.Combine(_folder, "provider.db")};Pooling=false").UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.RegisterScopes(Scopes.Email, Scopes.Profile);
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        _app = builder.Build();
        _app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        _app.MapPost("/connect/token", new Func<HttpContext, Task<IResult>>(RedeemAsync));
        await _app.StartAsync();
        Issuer = new Uri(_app.Urls.Single().TrimEnd('/') + "/");
        await RegisterWaymarkAsync(_app.Services);
    }

    private IResult Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        if (NextUser is not { } user)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The test user declined.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        identity.AddClaim(new Claim(Claims.Name, user.Name));
        if (user.Email is not null)
        {
            identity.AddClaim(new Claim(Claims.Email, user.Email));
            identity.AddClaim(new Claim(Claims.EmailVerified, user.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> RedeemAsync(HttpContext http)
    {
        // The code was checked by OpenIddict (client, secret, PKCE verifier, single use); its principal is issued as is.
        var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task RegisterWaymarkAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(RedirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
