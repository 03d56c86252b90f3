using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Tests.Accounts;
using Waymark.Testing.Mail;

namespace Waymark.Server.Tests.Mail;

/// <summary>
/// Mail through a real SMTP server (aiosmtpd, started per test): invitations and password resets are delivered, their
/// links work end to end through the real pipeline, hostile names stay text, a reset answers alike for every address,
/// the reset limits answer 429 with Retry-After, and no log holds a link or the SMTP password.
/// </summary>
public abstract partial class MailApiTests : IDisposable
{
    private const string Ws = "ws_mail";
    private const string HostileWorkspace = "<script>alert('ws')</script> & Co";
    private const string HostileName = "<img src=x onerror=alert(1)>";
    private const string SmtpPassword = "smtp-secret-do-not-log";
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly SmtpTestServer _smtp = SmtpTestServer.Start();
    private readonly CapturedLogs _logs = new();
    private AccountsHost? _host;

    protected MailApiTests(string provider, string connectionString)
    {
        _provider = provider;
        _connectionString = connectionString;
    }

    [Fact]
    public async Task Invite_WithMail_MailsALinkThatJoinsAndKeepsNamesText()
    {
        var host = Start();
        using var owner = await OwnerAsync(host);

        using var created = await owner.PostAsJsonAsync($"/api/workspaces/{Ws}/invitations", new { role = "editor", email = "nina@example.com" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("emailSent").GetBoolean());
        var mail = (await _smtp.WaitForAsync())[0];
        Assert.Equal("nina@example.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains(HostileWorkspace, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(HostileName, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;ws&#39;)&lt;/script&gt; &amp; Co", mail.HtmlBody, StringComparison.Ordinal);
        var token = Token(mail, "/invite#token=");
        Assert.Equal(answer.GetProperty("link").GetString(), Link(mail, "/invite#token="));
        using var joined = await host.Anonymous().PostAsJsonAsync("/api/invitations/accept-new",
            new { token, email = "nina@example.com", password = AccountsHost.Password, displayName = "Nina New" });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        await using var db = host.NewDb();
        Assert.True(await db.WorkspaceMembers.AnyAsync(m => m.WorkspaceId == Ws && m.Role == "editor" && m.UserId != null));
        var invited = await db.AuditEvents.SingleAsync(a => a.Action == "member.invited");
        Assert.Contains("nina@example.com", invited.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], invited.Detail ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(token.Split('.')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invite_WithoutMail_HandsTheLinkOverAndStatusSaysSo()
    {
        var host = Start(mail: false);
        using var owner = await OwnerAsync(host);

        using var created = await owner.PostAsJsonAsync($"/api/workspaces/{Ws}/invitations", new { role = "viewer", email = "vic@example.com" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("emailSent").GetBoolean());
        Assert.False((await host.Anonymous().GetFromJsonAsync<JsonElement>("/api/account/mail")).GetProperty("enabled").GetBoolean());
        await using var db = host.NewDb();
        Assert.Contains("link handed over", (await db.AuditEvents.SingleAsync(a => a.Action == "member.invited")).Detail, StringComparison.Ordinal);
        Assert.Empty(_smtp.Messages());
    }

    [Fact]
    public async Task Reset_KnownEmail_MailsALinkThatSetsANewPasswordOnce()
    {
        var host = Start();
        await host.CreateUserAsync("rita@example.com");
        Assert.True((await host.Anonymous().GetFromJsonAsync<JsonElement>("/api/account/mail")).GetProperty("enabled").GetBoolean());

        using var asked = await host.Anonymous().PostAsJsonAsync("/api/account/password-reset", new { email = " Rita@Example.com" });

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var mail = (await _smtp.WaitForAsync())[0];
        Assert.Equal("rita@example.com", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("Reset your Waymark password", mail.Subject);
        var token = Token(mail, "/reset-password#token=");
        var browser = host.Anonymous();
        using var signedIn = await browser.PostAsJsonAsync("/api/account/sign-in/link", new { token });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        await AccountsHost.UseAntiforgeryAsync(browser, signedIn);
        using var changed = await browser.PostAsJsonAsync("/api/account/password", new { newPassword = "a brand new password" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using var again = await host.Anonymous().PostAsJsonAsync("/api/account/sign-in/link", new { token });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        using var old = await host.Anonymous().PostAsJsonAsync("/api/account/sign-in", new { email = "rita@example.com", password = AccountsHost.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var fresh = await host.SignInAsync("rita@example.com", "a brand new password");
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(token.Split('.')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reset_KnownAndUnknownEmail_AnswerAlike()
    {
        var host = Start();
        await host.CreateUserAsync("known@example.com");

        using var unknown = await host.Anonymous().PostAsJsonAsync("/api/account/password-reset", new { email = "nobody@example.com" });
        using var known = await host.Anonymous().PostAsJsonAsync("/api/account/password-reset", new { email = "known@example.com" });

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(unknown.StatusCode, known.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsStringAsync(), await known.Content.ReadAsStringAsync());
        Assert.Equal(Headers(unknown), Headers(known));
        var mail = Assert.Single(await _smtp.WaitForAsync()); // the outbox works in order: the unknown address came first and sent nothing
        Assert.Equal("known@example.com", Assert.Single(mail.To.Mailboxes).Address);
    }

    [Fact]
    public async Task Reset_ManyForOneEmail_429WithRetryAfterWhileOtherEmailsGoOn()
    {
        var host = Start(settings: [("Auth:ResetMailsPerEmailPerHour", "2")]);
        var client = host.Anonymous();

        var codes = new List<HttpStatusCode>();
        foreach (var email in new[] { "target@example.com", "TARGET@example.com", " target@example.com" })
        {
            using var response = await client.PostAsJsonAsync("/api/account/password-reset", new { Email = email });
            codes.Add(response.StatusCode);
            AssertRetryAfterOn429(response);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], codes);
        using var other = await client.PostAsJsonAsync("/api/account/password-reset", new { email = "other@example.com" });
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
    }

    [Fact]
    public async Task Reset_ManyFromOneAddress_429WithRetryAfter()
    {
        var host = Start(settings: [("Auth:ResetRequestsPerHour", "3")]);
        var client = host.Anonymous();

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/account/password-reset", new { email = $"person{i}@example.com" });
            codes.Add(response.StatusCode);
            AssertRetryAfterOn429(response);
        }

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task Reset_MailOff_404SaysSo()
    {
        var host = Start(mail: false);

        using var response = await host.Anonymous().PostAsJsonAsync("/api/account/password-reset", new { email = "x@example.com" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Mail is off", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Deliver_ServerRefusesTheLogin_TriesAgainThenGivesUpWithoutLoggingSecrets()
    {
        var host = Start(settings: [("Mail:Smtp:User", "waymark"), ("Mail:Smtp:Password", SmtpPassword), ("Mail:MaxAttempts", "2"), ("Mail:RetrySeconds", "0")]);
        await host.CreateUserAsync("lost@example.com");

        using var asked = await host.Anonymous().PostAsJsonAsync("/api/account/password-reset", new { email = "lost@example.com" });

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var gaveUp = await WaitForLogAsync("Gave up on a password-reset mail after 2 attempts");
        Assert.Contains("attempt 1 of 2", string.Join("\n", _logs.Lines), StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(SmtpPassword, StringComparison.Ordinal) || l.Contains("#token=", StringComparison.Ordinal));
        Assert.Empty(_smtp.Messages());
        Assert.NotNull(gaveUp);
    }

    public void Dispose()
    {
        _host?.Dispose();
        _smtp.Dispose();
        GC.SuppressFinalize(this);
    }

    private AccountsHost Start(bool mail = true, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string> { ["Demo:Seed"] = "false", ["Auth:SignInsPerMinute"] = "1000" };
        foreach (var (key, value) in mail ? _smtp.Settings() : Enumerable.Empty<KeyValuePair<string, string>>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        _host = new AccountsHost(_provider, _connectionString, all, b => b.ConfigureLogging(l => l.AddProvider(_logs)));
        return _host;
    }

    /// <summary>An owner (with a hostile display name) of a workspace with a hostile name, signed in.</summary>
    private static async Task<HttpClient> OwnerAsync(AccountsHost host)
    {
        await using (var db = host.NewDb())
        {
            db.Workspaces.Add(new WorkspaceEntity { Id = Ws, Name = HostileWorkspace, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var owner = await host.CreateUserAsync("olga@example.com", name: HostileName);
        await host.AddMemberAsync(Ws, owner.Id, WorkspaceRole.Owner);
        return await host.SignInAsync("olga@example.com");
    }

    private static string Link(MimeMessage mail, string marker) =>
        LinkPattern().Matches(mail.TextBody ?? "").Select(m => m.Value).Single(v => v.Contains(marker, StringComparison.Ordinal));

    private static string Token(MimeMessage mail, string marker)
    {
        var link = Link(mail, marker);
        return link[(link.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..];
    }

    private static string Headers(HttpResponseMessage response) => string.Join("\n", response.Headers.Concat(response.Content.Headers)
        .Where(h => h.Key != "Date").OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Key + ": " + string.Join(",", h.Value)));

    private static void AssertRetryAfterOn429(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 429 says when to try again");
        }
    }

    private async Task<string> WaitForLogAsync(string text)
    {
        for (var i = 0; i < 200; i++)
        {
            if (_logs.Lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No log line says: " + text + "\n" + string.Join("\n", _logs.Lines.Where(l => l.Contains("mail", StringComparison.OrdinalIgnoreCase))));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
