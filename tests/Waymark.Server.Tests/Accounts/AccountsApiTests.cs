using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Waymark.Server.Features.Accounts;

namespace Waymark.Server.Tests.Accounts;

/// <summary>Accounts through the real HTTP pipeline with Auth:Accounts=true: sign-in, lockout, sessions, passwords.</summary>
public abstract class AccountsApiTests : IDisposable
{
    private readonly string _provider;
    private readonly string _connectionString;

    protected AccountsApiTests(string provider, string connectionString)
    {
        _provider = provider;
        _connectionString = connectionString;
        Host = new AccountsHost(provider, connectionString, new Dictionary<string, string> { ["Auth:MaxFailedSignIns"] = "3" });
    }

    private AccountsHost Host { get; }

    [Fact]
    public async Task SignIn_RightPassword_SessionReadsMeAndAudits()
    {
        await Host.CreateUserAsync("ada@example.com", name: "Ada");

        var client = await Host.SignInAsync("ada@example.com");

        var me = await client.GetFromJsonAsync<AccountDto>("/api/account/me");
        Assert.Equal("Ada", me!.DisplayName);
        Assert.True(me.PasswordSet);
        Assert.False(string.IsNullOrEmpty(me.AntiforgeryToken));
        await using var db = Host.NewDb();
        Assert.Contains(await db.AuditEvents.Select(a => a.Action).ToListAsync(), a => a == "account.signed-in");
    }

    [Fact]
    public async Task SignIn_WrongPassword_401NoSessionAndAudited()
    {
        await Host.CreateUserAsync("ada@example.com");
        var client = Host.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/account/sign-in", new { email = "ada@example.com", password = "not the password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
        await using var db = Host.NewDb();
        var failed = await db.AuditEvents.SingleAsync(a => a.Action == "account.sign-in-failed");
        Assert.Null(failed.WorkspaceId);
        Assert.DoesNotContain("not the password", failed.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_SameAnswerAsWrongPassword()
    {
        using var response = await Host.Anonymous().PostAsJsonAsync("/api/account/sign-in", new { email = "nobody@example.com", password = "whatever it is" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("The email or the password is wrong.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RepeatedFailures_LocksEvenTheRightPassword()
    {
        await Host.CreateUserAsync("ada@example.com");
        var client = Host.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/account/sign-in", new { email = "ada@example.com", password = "wrong password " + i });
        }

        using var right = await client.PostAsJsonAsync("/api/account/sign-in", new { email = "ada@example.com", password = AccountsHost.Password });

        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Contains("locked until", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOutEverywhere_OtherSessionEndsAtOnce()
    {
        await Host.CreateUserAsync("ada@example.com");
        var laptop = await Host.SignInAsync("ada@example.com");
        var phone = await Host.SignInAsync("ada@example.com");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/account/me")).StatusCode);

        using var response = await laptop.PostAsync("/api/account/sign-out-everywhere", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task SignOut_ThisSession_EndsOnlyIt()
    {
        await Host.CreateUserAsync("ada@example.com");
        var laptop = await Host.SignInAsync("ada@example.com");
        var phone = await Host.SignInAsync("ada@example.com");

        using var response = await laptop.PostAsync("/api/account/sign-out", null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WithCurrent_NewWorksOldFailsOtherSessionsEnd()
    {
        await Host.CreateUserAsync("ada@example.com");
        var laptop = await Host.SignInAsync("ada@example.com");
        var phone = await Host.SignInAsync("ada@example.com");

        using var response = await laptop.PostAsJsonAsync("/api/account/password",
            new { currentPassword = AccountsHost.Password, newPassword = "another long password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/account/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/account/me")).StatusCode);
        using var old = await Host.Anonymous().PostAsJsonAsync("/api/account/sign-in", new { email = "ada@example.com", password = AccountsHost.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await Host.SignInAsync("ada@example.com", "another long password");
        await using var db = Host.NewDb();
        Assert.Contains(await db.AuditEvents.Select(a => a.Action).ToListAsync(), a => a == "account.password-changed");
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentOrShortNew_400NamingTheField()
    {
        await Host.CreateUserAsync("ada@example.com");
        var client = await Host.SignInAsync("ada@example.com");

        using var wrong = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = "not it at all", newPassword = "another long password" });
        using var shortOne = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = AccountsHost.Password, newPassword = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("currentPassword", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, shortOne.StatusCode);
        Assert.Contains("newPassword", await shortOne.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstStart_NoUsers_OwnerOfDemoSignsInWithPrintedLinkOnce()
    {
        var client = Host.Anonymous();
        var token = Host.Notices.LastToken();

        using var first = await client.PostAsJsonAsync("/api/account/sign-in/link", new { token });
        using var again = await Host.Anonymous().PostAsJsonAsync("/api/account/sign-in/link", new { token });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var me = await first.Content.ReadFromJsonAsync<AccountDto>();
        Assert.Equal("owner@localhost", me!.Email);
        Assert.False(me.PasswordSet);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        var workspaces = await client.GetStringAsync("/api/workspaces");
        Assert.Contains("\"id\":\"demo\"", workspaces, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstStartOwner_SetsPasswordWithoutCurrent_ThenNoLinkOnRestart()
    {
        var client = Host.Anonymous();
        using var signedIn = await client.PostAsJsonAsync("/api/account/sign-in/link", new { token = Host.Notices.LastToken() });
        await AccountsHost.UseAntiforgeryAsync(client, signedIn);

        using var set = await client.PostAsJsonAsync("/api/account/password", new { newPassword = "the owner's password" });

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        using var restarted = new AccountsHost(_provider, _connectionString);
        restarted.Anonymous().Dispose(); // starts the server
        Assert.Empty(restarted.Notices.Blocks);
    }

    [Fact]
    public async Task Restart_OwnerWithoutPassword_PrintsFreshLinkAndOldOneDies()
    {
        Host.Anonymous(); // starts the first server
        var old = Host.Notices.LastToken();

        using var restarted = new AccountsHost(_provider, _connectionString);
        var client = restarted.Anonymous();
        var fresh = restarted.Notices.LastToken();

        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/account/sign-in/link", new { token = old })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/account/sign-in/link", new { token = fresh })).StatusCode);
    }

    [Fact]
    public async Task LinkSignIn_Expired_Refused()
    {
        var user = await Host.CreateUserAsync("ada@example.com");
        string token;
        await using (var db = Host.NewDb())
        {
            token = await SignInLinks.CreateAsync(db, user.Id, SignInLinks.Reset, TimeSpan.FromSeconds(-1), CancellationToken.None);
        }

        using var response = await Host.Anonymous().PostAsJsonAsync("/api/account/sign-in/link", new { token });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task LinkSignIn_WrongSecretForRealId_Refused()
    {
        var user = await Host.CreateUserAsync("ada@example.com");
        string token;
        await using (var db = Host.NewDb())
        {
            token = await SignInLinks.CreateAsync(db, user.Id, SignInLinks.Reset, TimeSpan.FromHours(1), CancellationToken.None);
        }

        var forged = token[..(token.IndexOf('.', StringComparison.Ordinal) + 1)] + new string('A', 43);
        using var response = await Host.Anonymous().PostAsJsonAsync("/api/account/sign-in/link", new { token = forged });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await using var check = Host.NewDb();
        var stored = await check.SignInLinks.SingleAsync(l => l.UserId == user.Id);
        Assert.Null(stored.UsedAt); // a wrong guess does not spend the real link
        Assert.DoesNotContain(token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..], stored.SecretHash, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Host.Dispose();
        GC.SuppressFinalize(this);
    }
}
