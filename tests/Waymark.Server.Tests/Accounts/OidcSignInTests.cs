using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;
using Waymark.Server.Features.Accounts;
using Waymark.Server.Features.Accounts.Oidc;
using Waymark.Server.Tests.OidcProvider;

namespace Waymark.Server.Tests.Accounts;

/// <summary>
/// Single sign-on against a real OpenID provider (OpenIddict on Kestrel, <see cref="TestOidcProvider"/>): the whole
/// code flow with PKCE over HTTP, then the Waymark session it opens; and who is let in, who is not, and where to.
/// </summary>
public abstract class OidcSignInTests : IDisposable
{
    private const string Start = "/api/account/oidc?returnUrl=%2Fmaps%3Fview%3Dall";
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly TestOidcProvider _idp;
    private readonly List<IDisposable> _owned = [];

    protected OidcSignInTests(string provider, string connectionString, TestOidcProvider idp)
    {
        _provider = provider;
        _connectionString = connectionString;
        _idp = idp;
    }

    [Fact]
    public async Task SignIn_ExistingAccountVerifiedEmail_LinksAndOpensTheSameSession()
    {
        var host = Host();
        var ada = await host.CreateUserAsync("ada@example.com", name: "Ada");
        _idp.NextUser = new ProviderUser("ada-at-idp", "Ada@Example.com", true, "Ada L.");
        var browser = Browser(host);

        var landing = await browser.SignInAsync(Start);

        Assert.Equal("/maps?view=all", landing.PathAndQuery);
        var me = await browser.Client.GetFromJsonAsync<AccountDto>("/api/account/me");
        Assert.Equal(ada.Id, me!.UserId);
        await using var db = host.NewDb();
        var login = await db.Set<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().SingleAsync();
        Assert.Equal(("ada-at-idp", ada.Id), (login.ProviderKey, login.UserId));
        var audit = await db.AuditEvents.Where(a => a.Action == "account.signed-in").SingleAsync();
        Assert.Equal("with single sign-on (Test IdP)", audit.Detail);

        // The session is Waymark's own: its antiforgery token works and sign out everywhere ends it.
        await AccountsHost.UseAntiforgeryAsync(browser.Client, await browser.Client.GetAsync("/api/account/me"));
        using var everywhere = await browser.Client.PostAsync("/api/account/sign-out-everywhere", null);
        Assert.Equal(HttpStatusCode.NoContent, everywhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task SignIn_LinkedSubjectWithChangedEmail_SameAccount()
    {
        var host = Host();
        var ada = await host.CreateUserAsync("ada@example.com");
        _idp.NextUser = new ProviderUser("ada-at-idp", "ada@example.com", true, "Ada");
        await Browser(host).SignInAsync(Start);
        _idp.NextUser = new ProviderUser("ada-at-idp", "ada.lovelace@example.org", false, "Ada");
        var browser = Browser(host);

        await browser.SignInAsync(Start);

        Assert.Equal(ada.Id, (await browser.Client.GetFromJsonAsync<AccountDto>("/api/account/me"))!.UserId);
    }

    [Fact]
    public async Task SignIn_UnknownPersonNotAllowed_RefusedOnSignInPageAndNoAccountMade()
    {
        var host = Host();
        _idp.NextUser = new ProviderUser("stranger", "stranger@example.com", true, "Stranger");
        var browser = Browser(host);

        var landing = await browser.SignInAsync(Start);

        Assert.Equal("/signin?sso=no-account", landing.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/account/me")).StatusCode);
        await using var db = host.NewDb();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "stranger@example.com"));
        Assert.Contains(await db.AuditEvents.Where(a => a.Action == "account.sign-in-failed").Select(a => a.Detail).ToListAsync(),
            d => d!.Contains("no account and no invitation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_PendingInvitationToTheEmail_MakesTheAccount()
    {
        var host = Host();
        await using (var db = host.NewDb())
        {
            db.Invitations.Add(new InvitationEntity
            {
                Id = "inv1", WorkspaceId = AccountsHost.DemoWorkspace, Role = "viewer", TokenHash = "x", Email = "new@example.com",
                CreatedBy = "someone", CreatedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
        }

        _idp.NextUser = new ProviderUser("newcomer", "new@example.com", true, "New Person");
        var browser = Browser(host);

        await browser.SignInAsync(Start);

        var me = await browser.Client.GetFromJsonAsync<AccountDto>("/api/account/me");
        Assert.Equal(("New Person", "new@example.com", false), (me!.DisplayName, me.Email, me.PasswordSet));
    }

    [Fact]
    public async Task SignIn_UnverifiedEmailOfAnAccount_NotLinked()
    {
        var host = Host();
        await host.CreateUserAsync("ada@example.com");
        _idp.NextUser = new ProviderUser("impostor", "ada@example.com", false, "Not Ada");
        var browser = Browser(host);

        var landing = await browser.SignInAsync(Start);

        Assert.Equal("/signin?sso=unverified", landing.PathAndQuery);
        await using var db = host.NewDb();
        Assert.False(await db.Set<Microsoft.AspNetCore.Identity.IdentityUserLogin<string>>().AnyAsync());
    }

    [Fact]
    public async Task SignIn_LockedAccount_RefusedUntilTheLockEnds()
    {
        var host = Host();
        var ada = await host.CreateUserAsync("ada@example.com");
        await using (var db = host.NewDb())
        {
            await db.Users.Where(u => u.Id == ada.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddHours(1)));
        }

        _idp.NextUser = new ProviderUser("ada-at-idp", "ada@example.com", true, "Ada");
        var browser = Browser(host);

        var landing = await browser.SignInAsync(Start);

        Assert.Equal("/signin?sso=locked", landing.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task SignIn_TamperedState_RefusedWithoutSession()
    {
        var host = Host();
        await host.CreateUserAsync("ada@example.com");
        _idp.NextUser = new ProviderUser("ada-at-idp", "ada@example.com", true, "Ada");
        var browser = Browser(host);

        var landing = await browser.SignInAsync(Start, hop => hop.AbsolutePath == OidcSetup.CallbackPath ? Tamper(hop) : hop);

        Assert.Equal("/signin?sso=failed", landing.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task SignIn_AllowedDomainsWithAutoCreate_InsideComesInOutsideRefused()
    {
        var host = Host(new() { ["Auth:Oidc:AutoCreateAccounts"] = "true", ["Auth:Oidc:AllowedEmailDomains:0"] = "example.com" });
        _idp.NextUser = new ProviderUser("bob", "bob@example.com", true, "Bob");
        var inside = Browser(host);
        _ = await inside.SignInAsync(Start);
        _idp.NextUser = new ProviderUser("mallory", "mallory@example.net", true, "Mallory");
        var outside = Browser(host);

        var refused = await outside.SignInAsync(Start);

        Assert.Equal("Bob", (await inside.Client.GetFromJsonAsync<AccountDto>("/api/account/me"))!.DisplayName);
        Assert.Equal("/signin?sso=domain", refused.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await outside.Client.GetAsync("/api/account/me")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    public async Task SignIn_ForeignReturnUrl_LandsOnThisSiteHome(string returnUrl)
    {
        var host = Host();
        await host.CreateUserAsync("ada@example.com");
        _idp.NextUser = new ProviderUser("ada-at-idp", "ada@example.com", true, "Ada");

        var landing = await Browser(host).SignInAsync("/api/account/oidc?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal("http://localhost/", landing.AbsoluteUri);
    }

    [Fact]
    public async Task SignIn_ProviderDenies_SignInPageSaysCancelled()
    {
        var host = Host();
        _idp.NextUser = null;

        var landing = await Browser(host).SignInAsync(Start);

        Assert.Equal("/signin?sso=cancelled", landing.PathAndQuery);
    }

    [Fact]
    public async Task SignIn_ProviderUnreachable_SignInPageSaysSo()
    {
        var host = Host(new() { ["Auth:Oidc:Authority"] = "http://127.0.0.1:1/" });

        var landing = await Browser(host).SignInAsync(Start);

        Assert.Equal("/signin?sso=unreachable", landing.PathAndQuery);
    }

    [Fact]
    public async Task SignInOptions_OnAndOff_ButtonOnlyWhenSet()
    {
        var on = await Host().Anonymous().GetFromJsonAsync<SignInOptions>("/api/account/sign-in-options");
        var offHost = new AccountsHost(_provider, _connectionString);
        _owned.Add(offHost);
        var off = await offHost.Anonymous().GetFromJsonAsync<SignInOptions>("/api/account/sign-in-options");

        Assert.Equal("Test IdP", on!.SingleSignOn!.DisplayName);
        Assert.Null(off!.SingleSignOn);
        Assert.Equal(HttpStatusCode.NotFound, (await offHost.Anonymous().GetAsync("/api/account/oidc")).StatusCode);
    }

    private static Uri Tamper(Uri callback)
    {
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        var state = query["state"]!;
        query["state"] = state[..^4] + (state.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        return new UriBuilder(callback) { Query = query.ToString() }.Uri;
    }

    private AccountsHost Host(Dictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Auth:Oidc:Authority"] = _idp.Issuer.AbsoluteUri,
            ["Auth:Oidc:ClientId"] = TestOidcProvider.ClientId,
            ["Auth:Oidc:ClientSecret"] = TestOidcProvider.ClientSecret,
            ["Auth:Oidc:DisplayName"] = "Test IdP",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var host = new AccountsHost(_provider, _connectionString, settings);
        _owned.Add(host);
        return host;
    }

    private OidcBrowser Browser(AccountsHost host)
    {
        var browser = new OidcBrowser(host, _idp);
        _owned.Add(browser);
        return browser;
    }

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
