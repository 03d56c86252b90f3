using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Accounts.Oidc;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Features.Accounts;

/// <summary>
/// Accounts (ADR 018): Identity's user store, hasher and lockout on the Waymark database, the session cookie, the
/// sign-in rate limit, antiforgery for cookie sessions, and the access and member directory that go with the setting.
/// Everything is registered either way; Auth:Accounts picks the access implementations when they are first asked for,
/// so the setting is read from the finished configuration (test hosts add theirs late).
/// </summary>
public static class AccountsSetup
{
    public static WebApplicationBuilder AddWaymarkAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountsOptions>().Bind(builder.Configuration.GetSection(AccountsOptions.Section))
            .Validate(o => o.IsValid(), AccountsOptions.Rules).ValidateOnStart();
        services.AddIdentityCore<WaymarkUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = AccountsOptions.MinPasswordLength; // length, not character classes (NIST 800-63B)
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<WaymarkDbContext>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountsOptions>>((o, accounts) =>
        {
            o.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedSignIns;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
        });
        services.AddAuthentication(SessionCookie.Scheme).AddCookie(SessionCookie.Scheme, o =>
        {
            o.Cookie.Name = SessionCookie.CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            o.Events.OnRedirectToLogin = c => Answer(c.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c.Response, StatusCodes.Status403Forbidden);
        });
        services.AddOptions<CookieAuthenticationOptions>(SessionCookie.Scheme).Configure<IOptions<AccountsOptions>>(
            (o, accounts) => o.ExpireTimeSpan = TimeSpan.FromDays(accounts.Value.SessionDays));
        builder.AddWaymarkOidc(); // single sign-on, when Auth:Oidc:Authority is set
        services.AddSessionAntiforgery();
        services.AddAccountRateLimits();
        services.AddSingleton<IConsoleNotice, ConsoleNotice>();
        services.AddSingleton<LocalWorkspaceAccess>();
        services.AddSingleton<MemberWorkspaceAccess>();
        services.AddSingleton<LocalMemberDirectory>();
        services.AddSingleton<DbMemberDirectory>();
        services.AddSingleton<IWorkspaceAccess>(sp => Accounts(sp) ? sp.GetRequiredService<MemberWorkspaceAccess>() : sp.GetRequiredService<LocalWorkspaceAccess>());
        services.AddSingleton<IMemberDirectory>(sp => Accounts(sp) ? sp.GetRequiredService<DbMemberDirectory>() : sp.GetRequiredService<LocalMemberDirectory>());
        return builder;
    }

    /// <summary>After the host and cross-site guards: who the cookie names, then antiforgery for that session's changes.</summary>
    public static WebApplication UseWaymarkAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseSessionAntiforgery();
        app.Use(RateLimitEmail.ReadAsync);
        app.UseRateLimiter();
        return app;
    }

    private static bool Accounts(IServiceProvider sp) => sp.GetRequiredService<IOptions<AccountsOptions>>().Value.Accounts;

    private static Task Answer(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
