using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Testing;
using Waymark.Testing.Mail;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Waymark.Browser.Tests;

/// <summary>A server with accounts on that mails through a real SMTP server (aiosmtpd) of its own.</summary>
public sealed class MailServer : IAsyncLifetime
{
    public const string Email = "mia@example.com";
    public const string Password = "a long mail password";

    /// <summary>Who forgets their password (a person of their own, so the other tests keep Mia's).</summary>
    public const string ForgetfulEmail = "rex@example.com";
    private LiveWaymarkServer? _server;

    public SmtpTestServer Smtp { get; } = SmtpTestServer.Start();

    public LiveWaymarkServer Server => _server!;

    public async Task InitializeAsync()
    {
        _server = await LiveWaymarkServer.StartAsync([
            "--Database:Provider=Sqlite", "--Demo:Seed=true", $"--Spa:Root={WaymarkTestServer.WebDist}", "--Auth:Accounts=true",
            .. Smtp.Settings().Select(s => $"--{s.Key}={s.Value}"),
        ]);
        using var scope = _server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
        var mia = new WaymarkUser { UserName = Email, Email = Email, DisplayName = "Mia Mail", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(mia, Password)).Succeeded);
        var rex = new WaymarkUser { UserName = ForgetfulEmail, Email = ForgetfulEmail, DisplayName = "Rex Reset", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(rex, Password)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = "demo", UserId = mia.Id, Role = MemberRoles.Owner, JoinedAt = DateTime.UtcNow });
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = "demo", UserId = rex.Id, Role = MemberRoles.Viewer, JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Smtp.Dispose();
    }
}

/// <summary>
/// Mail through the pages: "Forgot password?" mails a link that sets a new password and signs in; the invite dialog
/// says it mails the invitation and the mail arrives; without mail the forgot-password page says whom to ask.
/// </summary>
public sealed partial class MailBrowserTests : BrowserTest, IClassFixture<MailServer>, IClassFixture<AccountsServer>
{
    private readonly MailServer _mail;
    private readonly AccountsServer _noMail;

    public MailBrowserTests(BrowserFixture fixture, MailServer mail, AccountsServer noMail, ITestOutputHelper output)
        : base(fixture, output)
    {
        _mail = mail;
        _noMail = noMail;
    }

    [Fact]
    public async Task ForgotPassword_MailedLink_SetsANewPasswordAndSignsIn()
    {
        var page = await NewPageAsync();
        var before = _mail.Smtp.Messages().Count;
        await page.GotoAsync(new Uri(_mail.Server.Address, "/signin").ToString());
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Forgot password?" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Forgot your password?" })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(MailServer.ForgetfulEmail);
        await ScreenshotAsync(page, "forgot-password");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Send me a link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Check your inbox" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "forgot-password-sent");

        var mail = (await _mail.Smtp.WaitForAsync(before + 1))[^1];
        Assert.Equal(MailServer.ForgetfulEmail, Assert.Single(mail.To.Mailboxes).Address);
        var link = LinkPattern().Match(mail.TextBody ?? "").Value;
        await page.GotoAsync(link);
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Choose a new password" })).ToBeVisibleAsync();
        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("New password", new PageGetByLabelOptions { Exact = true }).FillAsync("a brand new mail password");
        await page.GetByLabel("New password again").FillAsync("a brand new mail passwor");
        await Expect(page.GetByText("The two passwords differ.")).ToBeVisibleAsync();
        await page.GetByLabel("New password again").FillAsync("a brand new mail password");
        await ScreenshotAsync(page, "reset-password");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save and sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Account: Rex Reset" })).ToBeVisibleAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task Invite_ByEmail_DialogSaysItMailsAndTheMailArrives()
    {
        var page = await NewPageAsync();
        var before = _mail.Smtp.Messages().Count;
        await page.GotoAsync(new Uri(_mail.Server.Address, "/signin?next=%2Fmembers").ToString());
        await page.GetByLabel("Email").FillAsync(MailServer.Email);
        await page.GetByLabel("Password").FillAsync(MailServer.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Invite people" }).ClickAsync();
        await Expect(page.GetByText("Waymark mails the invitation link to that address")).ToBeVisibleAsync();
        await page.GetByLabel("Email (optional)").FillAsync("nina@example.com");
        await ScreenshotAsync(page, "invite-by-email");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create invitation" }).ClickAsync();

        await Expect(page.GetByText("Waymark is mailing the invitation to nina@example.com")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "invite-by-email-sent");
        var mail = (await _mail.Smtp.WaitForAsync(before + 1))[^1];
        Assert.Equal("nina@example.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal(await page.GetByTestId("invitation-link").TextContentAsync(), LinkPattern().Match(mail.TextBody ?? "").Value);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ForgotPassword_NoMail_SaysWhomToAsk()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(new Uri(_noMail.Server.Address, "/forgot-password").ToString());

        await Expect(page.GetByText("This Waymark server sends no mail")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "forgot-password-no-mail");
        Assert.Empty(PageErrors);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
