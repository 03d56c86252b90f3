using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// Roles through the real pipeline with accounts on: an owner changes roles and removes members, anyone leaves, the
/// change applies on the next request, the last owner is kept (also when two owners demote each other at once).
/// </summary>
public abstract class MembersApiTests : IDisposable
{
    private const string Ws = "ws_roles";
    private readonly WaymarkFactory _factory;
    private readonly Team _team;

    protected MembersApiTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString, Team.Settings());
        _team = new Team(_factory);
    }

    [Fact]
    public async Task ChangeRole_ViewerToEditor_AppliesOnTheNextRequest()
    {
        var (owner, viewer, viewerId) = await PairAsync(MemberRoles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/workspaces/{Ws}/segments", new { name = "S", conditions = new { } })).StatusCode);

        using var changed = await owner.PutAsJsonAsync($"/api/workspaces/{Ws}/members/{viewerId}", new { role = "editor" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await viewer.PostAsJsonAsync($"/api/workspaces/{Ws}/segments", new { name = "S", conditions = new { did = new[] { "A" } } })).StatusCode);
        Assert.Contains("member.role-changed", await AuditAsync());
    }

    [Fact]
    public async Task ChangeRole_AsEditor_Forbidden()
    {
        var (_, editor, editorId) = await PairAsync(MemberRoles.Editor);

        using var response = await editor.PutAsJsonAsync($"/api/workspaces/{Ws}/members/{editorId}", new { role = "owner" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(MemberRoles.Editor, await RoleAsync(editorId));
    }

    [Fact]
    public async Task Remove_Member_LosesAccessAtOnce()
    {
        var (owner, editor, editorId) = await PairAsync(MemberRoles.Editor);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/workspaces/{Ws}/members/{editorId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/workspaces/{Ws}/maps")).StatusCode);
        Assert.Contains("member.removed", await AuditAsync());
    }

    [Fact]
    public async Task Leave_Editor_GoneAndAudited()
    {
        var (_, editor, _) = await PairAsync(MemberRoles.Editor);

        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/workspaces/{Ws}/members/leave", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/workspaces/{Ws}/maps")).StatusCode);
        Assert.Contains("member.left", await AuditAsync());
    }

    [Fact]
    public async Task Leave_LastOwner_ConflictAndStays()
    {
        var (owner, _, _) = await PairAsync(MemberRoles.Viewer);

        using var response = await owner.PostAsync($"/api/workspaces/{Ws}/members/leave", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Last owner", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/workspaces/{Ws}/maps")).StatusCode);
    }

    [Fact]
    public async Task Demote_TwoOwnersEachOtherInParallel_OneOwnerLeft()
    {
        for (var round = 0; round < 3; round++)
        {
            var (ann, bob, bobId) = await PairAsync(MemberRoles.Owner, round);
            var annId = await IdOfAsync("Ann Owner " + round);

            var answers = await Task.WhenAll(
                ann.PutAsJsonAsync($"/api/workspaces/{Ws}{round}/members/{bobId}", new { role = "viewer" }),
                bob.PutAsJsonAsync($"/api/workspaces/{Ws}{round}/members/{annId}", new { role = "viewer" }));

            // The loser gets 409 when both passed the role check before either wrote (the database refused), or 403 when
            // the winner's demotion landed before the loser's request was checked; either way one owner is left.
            var codes = answers.Select(a => a.StatusCode).Order().ToArray();
            Assert.True(codes[0] == HttpStatusCode.OK && codes[1] is HttpStatusCode.Conflict or HttpStatusCode.Forbidden, string.Join(", ", codes));
            Assert.Equal(1, await WithDbAsync(db => db.WorkspaceMembers.CountAsync(m => m.WorkspaceId == Ws + round && m.Role == MemberRoles.Owner)));
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A workspace with an owner and one more member of the role, both signed in.</summary>
    private async Task<(HttpClient Owner, HttpClient Other, string OtherId)> PairAsync(string role, int? round = null)
    {
        var ws = Ws + round;
        await _team.CreateWorkspaceAsync(ws);
        await _team.SetRoleAsync(ws, await _team.CreateUserAsync("Ann Owner " + round), MemberRoles.Owner);
        var otherId = await _team.CreateUserAsync("Bob Member " + round);
        await _team.SetRoleAsync(ws, otherId, role);
        return (await _team.SignInAsync("Ann Owner " + round), await _team.SignInAsync("Bob Member " + round), otherId);
    }

    private Task<string> IdOfAsync(string name) => WithDbAsync(db => db.Users.Where(u => u.DisplayName == name).Select(u => u.Id).SingleAsync());

    private Task<string> RoleAsync(string userId) => WithDbAsync(db => db.WorkspaceMembers.Where(m => m.UserId == userId).Select(m => m.Role).SingleAsync());

    private Task<string[]> AuditAsync() => WithDbAsync(db => db.AuditEvents.Where(a => a.WorkspaceId == Ws).Select(a => a.Action).ToArrayAsync());

    private async Task<T> WithDbAsync<T>(Func<WaymarkDbContext, Task<T>> work)
    {
        using var scope = _factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<WaymarkDbContext>());
    }
}
