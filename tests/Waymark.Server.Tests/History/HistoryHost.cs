using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Tests.Access;
using Waymark.Server.Tests.Collab;

namespace Waymark.Server.Tests.History;

/// <summary>
/// One real app (accounts on) per test class: the workspace "collab" with editors Ana and Sam, commenter Cid and
/// viewer Vic, and a second workspace where Ana is an editor too (to ask for a map under the wrong workspace).
/// </summary>
public sealed class HistoryHost : IAsyncDisposable
{
    public const string Workspace = CollabHost.Workspace;
    public const string Other = "history-other";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private WaymarkFactory? _factory;

    public WaymarkFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public CollabPerson Ana { get; private set; } = null!;

    public CollabPerson Sam { get; private set; } = null!;

    public CollabPerson Cid { get; private set; } = null!;

    public CollabPerson Vic { get; private set; } = null!;

    public async Task<HistoryHost> StartAsync(string provider, Func<string> connectionString)
    {
        await _gate.WaitAsync();
        try
        {
            if (_factory is null)
            {
                var factory = new WaymarkFactory(provider, connectionString(), Team.Settings());
                var team = new Team(factory);
                await team.CreateWorkspaceAsync(Workspace);
                await team.CreateWorkspaceAsync(Other);
                Ana = await PersonAsync(factory, team, "Ana", WorkspaceRole.Editor);
                await team.SetRoleAsync(Other, Ana.UserId, MemberRoleNames.ToText(WorkspaceRole.Editor));
                Sam = await PersonAsync(factory, team, "Sam", WorkspaceRole.Editor);
                Cid = await PersonAsync(factory, team, "Cid", WorkspaceRole.Commenter);
                Vic = await PersonAsync(factory, team, "Vic", WorkspaceRole.Viewer);
                _factory = factory;
            }

            return this;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new blank map made by Ana; returns its id.</summary>
    public async Task<string> NewMapAsync()
    {
        using var response = await Ana.Http.PostAsJsonAsync($"/api/workspaces/{Workspace}/maps", new { name = "History", kind = "currentState" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static string MapUrl(string mapId, string workspace = Workspace) => $"/api/workspaces/{workspace}/maps/{mapId}";

    /// <summary>Runs <paramref name="work"/> on the app's database, as a test's look behind the API.</summary>
    public async Task<T> DatabaseAsync<T>(Func<WaymarkDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WaymarkDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _gate.Dispose();
    }

    private static async Task<CollabPerson> PersonAsync(WaymarkFactory factory, Team team, string name, WorkspaceRole role)
    {
        var id = await team.CreateUserAsync(name);
        await team.SetRoleAsync(Workspace, id, MemberRoleNames.ToText(role));
        var raw = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var response = await raw.PostAsJsonAsync("/api/account/sign-in", new { email = name.ToLowerInvariant() + "@example.com", password = Team.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("antiforgeryToken").GetString()!;
        var cookies = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        raw.Dispose();
        return new CollabPerson(factory, id, name, cookies, token);
    }
}
