using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Waymark.Server.Features.Access;
using Waymark.Server.Tests.Access;

namespace Waymark.Server.Tests.Collab;

/// <summary>
/// One real app (accounts on) per test class, started on first use: a workspace with two editors (Ana, Sam) and a
/// viewer (Vic), each signed in through the account API. Tests make their own maps, so they do not meet.
/// </summary>
public sealed class CollabHost : IAsyncDisposable
{
    public const string Workspace = "collab";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private WaymarkFactory? _factory;

    public WaymarkFactory Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public CollabPerson Ana { get; private set; } = null!;

    public CollabPerson Sam { get; private set; } = null!;

    public CollabPerson Vic { get; private set; } = null!;

    public async Task<CollabHost> StartAsync(string provider, Func<string> connectionString)
    {
        await _gate.WaitAsync();
        try
        {
            if (_factory is null)
            {
                var factory = new WaymarkFactory(provider, connectionString(), Team.Settings());
                var team = new Team(factory);
                await team.CreateWorkspaceAsync(Workspace);
                Ana = await PersonAsync(factory, team, "Ana", MemberRoleNames.ToText(WorkspaceRole.Editor));
                Sam = await PersonAsync(factory, team, "Sam", MemberRoleNames.ToText(WorkspaceRole.Editor));
                Vic = await PersonAsync(factory, team, "Vic", MemberRoleNames.ToText(WorkspaceRole.Viewer));
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
        using var response = await Ana.Http.PostAsJsonAsync($"/api/workspaces/{Workspace}/maps", new { name = "Collab", kind = "currentState" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _gate.Dispose();
    }

    private static async Task<CollabPerson> PersonAsync(WaymarkFactory factory, Team team, string name, string role)
    {
        var id = await team.CreateUserAsync(name);
        await team.SetRoleAsync(Workspace, id, role);
        var raw = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var email = name.ToLowerInvariant() + "@example.com";
        using var response = await raw.PostAsJsonAsync("/api/account/sign-in", new { email, password = Team.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("antiforgeryToken").GetString()!;
        var cookies = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        raw.Dispose();
        return new CollabPerson(factory, id, name, cookies, token);
    }
}
