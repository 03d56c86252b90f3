using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// Invitations through the real pipeline with accounts on: by link and email, accepted signed in or with a new
/// account; expired, reused, revoked, wrong-secret and wrong-workspace links refused; the per-address limit.
/// </summary>
public abstract class InvitationsApiTests : IDisposable
{
    private const string Ws = "ws_team";
    private readonly WaymarkFactory _factory;
    private readonly Team _team;

    protected InvitationsApiTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString, Team.Settings(("Invitations:Burst", "40")));
        _team = new Team(_factory);
    }

    [Fact]
    public async Task Accept_SignedIn_JoinsWithTheRoleAndIsAudited()
    {
        using var owner = await OwnerAsync();
        await _team.CreateUserAsync("Carl Commenter");
        using var carl = await _team.SignInAsync("Carl Commenter");
        var (_, token) = await InviteAsync(owner, "commenter");

        using var accepted = await carl.PostAsJsonAsync("/api/invitations/accept", new { token });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("commenter", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
        var members = await owner.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/members");
        Assert.Contains(members.EnumerateArray(), m => m.GetProperty("displayName").GetString() == "Carl Commenter" && m.GetProperty("role").GetString() == "commenter");
        Assert.Equal(HttpStatusCode.OK, (await carl.GetAsync($"/api/workspaces/{Ws}/maps")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await carl.PostAsJsonAsync($"/api/workspaces/{Ws}/segments", new { name = "S" })).StatusCode);
        Assert.Equal(["invitation.created", "member.joined"], await AuditAsync());
    }

    [Fact]
    public async Task Accept_Twice_SecondIsGone()
    {
        using var owner = await OwnerAsync();
        var (_, token) = await InviteAsync(owner, "viewer");
        using var first = await NewAccountAsync(token, "Ada First");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await NewAccountAsync(token, "Bea Second");

        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal("Invitation used", await TitleAsync(second));
    }

    [Fact]
    public async Task Accept_Expired_IsGoneAndNobodyJoins()
    {
        using var owner = await OwnerAsync();
        var (id, token) = await InviteAsync(owner, "editor");
        await WithDbAsync(db => db.Invitations.Where(i => i.Id == id).ExecuteUpdateAsync(i => i.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        using var response = await NewAccountAsync(token, "Late Larry");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("Invitation expired", await TitleAsync(response));
        Assert.Equal(1, await MemberCountAsync());
    }

    [Fact]
    public async Task Accept_Revoked_IsGone()
    {
        using var owner = await OwnerAsync();
        var (id, token) = await InviteAsync(owner, "editor");
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/workspaces/{Ws}/invitations/{id}")).StatusCode);

        using var response = await NewAccountAsync(token, "Rita Revoked");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("Invitation revoked", await TitleAsync(response));
        Assert.Empty((await owner.GetFromJsonAsync<JsonElement>($"/api/workspaces/{Ws}/invitations")).EnumerateArray());
    }

    [Fact]
    public async Task Accept_WrongSecret_NotFound()
    {
        using var owner = await OwnerAsync();
        var (id, token) = await InviteAsync(owner, "editor");
        var forged = id + "." + new string('A', token.Length - id.Length - 1);

        using var response = await NewAccountAsync(forged, "Forger Fred");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await MemberCountAsync());
    }

    [Fact]
    public async Task Revoke_FromAnotherWorkspace_NotFoundAndLinkStillWorks()
    {
        using var owner = await OwnerAsync();
        var (id, token) = await InviteAsync(owner, "viewer");
        await _team.CreateWorkspaceAsync("ws_elsewhere");
        await _team.SetRoleAsync("ws_elsewhere", await _team.CreateUserAsync("Eve Elsewhere"), MemberRoles.Owner);
        using var eve = await _team.SignInAsync("Eve Elsewhere");

        Assert.Equal(HttpStatusCode.NotFound, (await eve.DeleteAsync($"/api/workspaces/ws_elsewhere/invitations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.DeleteAsync($"/api/workspaces/{Ws}/invitations/{id}")).StatusCode);
        using var accepted = await NewAccountAsync(token, "Val Viewer");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task AcceptNew_CreatesTheAccountAndSignsItIn()
    {
        using var owner = await OwnerAsync();
        var (_, token) = await InviteAsync(owner, "editor");
        using var anonymous = _factory.CreateClient();

        using var response = await anonymous.PostAsJsonAsync("/api/invitations/accept-new",
            new { token, email = "nina@example.com", password = Team.Password, displayName = "Nina New" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await anonymous.GetFromJsonAsync<JsonElement>("/api/account/me");
        Assert.Equal("Nina New", me.GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/workspaces/{Ws}/maps")).StatusCode);
    }

    [Fact]
    public async Task Accept_EmailInvitationByAnotherAccount_Forbidden()
    {
        using var owner = await OwnerAsync();
        var (_, token) = await InviteAsync(owner, "viewer", "meant@example.com");
        await _team.CreateUserAsync("Someone Else");
        using var other = await _team.SignInAsync("Someone Else");

        using var response = await other.PostAsJsonAsync("/api/invitations/accept", new { token });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, await MemberCountAsync());
    }

    [Fact]
    public async Task Preview_ManyFromOneAddress_HitsTheLimit()
    {
        using var anonymous = _factory.CreateClient();
        var answers = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 45; i++)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/invitations/preview", new { token = "inv_x." + new string('A', 43) });
            answers.Add(response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.Delta;
        }

        Assert.Equal(HttpStatusCode.NotFound, answers[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.True(retryAfter > TimeSpan.Zero, "the 429 says when to try again");
    }

    [Fact]
    public async Task Create_ManyFromOneAddress_429WithRetryAfter()
    {
        using var factory = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString(), Team.Settings(("Invitations:Burst", "2"), ("Invitations:PerMinute", "1")));
        var team = new Team(factory);
        await team.CreateWorkspaceAsync(Ws);
        await team.SetRoleAsync(Ws, await team.CreateUserAsync("Olga Owner"), MemberRoles.Owner);
        using var owner = await team.SignInAsync("Olga Owner");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await owner.PostAsJsonAsync($"/api/workspaces/{Ws}/invitations", new { role = "viewer" }));
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.True(answers[^1].Headers.RetryAfter?.Delta > TimeSpan.Zero, "the 429 says when to try again");
        answers.ForEach(a => a.Dispose());
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<HttpClient> OwnerAsync()
    {
        await _team.CreateWorkspaceAsync(Ws);
        await _team.SetRoleAsync(Ws, await _team.CreateUserAsync("Olga Owner"), MemberRoles.Owner);
        return await _team.SignInAsync("Olga Owner");
    }

    private static async Task<(string Id, string Token)> InviteAsync(HttpClient owner, string role, string? email = null)
    {
        using var response = await owner.PostAsJsonAsync($"/api/workspaces/{Ws}/invitations", new { role, email });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var link = created.GetProperty("link").GetString()!;
        return (created.GetProperty("invitation").GetProperty("id").GetString()!, link[(link.IndexOf("#token=", StringComparison.Ordinal) + 7)..]);
    }

    private async Task<HttpResponseMessage> NewAccountAsync(string token, string name)
    {
        using var anonymous = _factory.CreateClient();
        return await anonymous.PostAsJsonAsync("/api/invitations/accept-new",
            new { token, email = name.ToLowerInvariant().Replace(' ', '.') + "@example.com", password = Team.Password, displayName = name });
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();

    private Task<int> MemberCountAsync() => WithDbAsync(db => db.WorkspaceMembers.CountAsync(m => m.WorkspaceId == Ws));

    private Task<string[]> AuditAsync() =>
        WithDbAsync(db => db.AuditEvents.Where(a => a.WorkspaceId == Ws).OrderBy(a => a.Sequence).Select(a => a.Action).ToArrayAsync());

    private async Task<T> WithDbAsync<T>(Func<WaymarkDbContext, Task<T>> work)
    {
        using var scope = _factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<WaymarkDbContext>());
    }
}
