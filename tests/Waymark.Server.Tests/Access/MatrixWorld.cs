using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Data.Entities;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// What the matrix walks against: a workspace with a map and an API key, one member per role, the owner of another
/// workspace, and a client for each kind of caller (in <see cref="AuthorizationMatrix.Callers"/> order).
/// </summary>
internal sealed class MatrixWorld : IDisposable
{
    public const string Workspace = "ws_matrix";
    public const string OtherWorkspace = "ws_other";

    private static readonly (string Name, string Role)[] Members =
        [("Vera Viewer", MemberRoles.Viewer), ("Cory Commenter", MemberRoles.Commenter), ("Eddie Editor", MemberRoles.Editor), ("Olive Owner", MemberRoles.Owner)];

    private readonly WaymarkFactory _factory;
    private readonly Team _team;
    private readonly Dictionary<string, string> _userIds = new(StringComparer.Ordinal);
    private HttpClient _key = null!;

    private MatrixWorld(WaymarkFactory factory, Team team) => (_factory, _team) = (factory, team);

    public IReadOnlyList<HttpClient> Clients { get; private set; } = [];

    public string MapId { get; private set; } = "";

    public static async Task<MatrixWorld> CreateAsync(WaymarkFactory factory, Team team)
    {
        var world = new MatrixWorld(factory, team);
        await team.CreateWorkspaceAsync(Workspace);
        await team.CreateWorkspaceAsync(OtherWorkspace);
        foreach (var (name, _) in Members)
        {
            world._userIds[name] = await team.CreateUserAsync(name);
        }

        await team.SetRoleAsync(OtherWorkspace, await team.CreateUserAsync("Otto Other"), MemberRoles.Owner);
        await world.RestoreAsync();
        world._key = factory.CreateClient();
        await world.SignInAsync();
        var owner = world.Clients[4];
        world.MapId = await CreateMapAsync(owner);
        world._key.DefaultRequestHeaders.Authorization = new("Bearer", await CreateKeyAsync(owner));
        return world;
    }

    /// <summary>Puts every member back in their role (a row may have had them leave, or be removed).</summary>
    public async Task RestoreAsync()
    {
        foreach (var (name, role) in Members)
        {
            await _team.SetRoleAsync(Workspace, _userIds[name], role);
        }
    }

    /// <summary>Signs every caller in afresh (after a row that ended sessions).</summary>
    public async Task SignInAsync()
    {
        var signedIn = new List<HttpClient>();
        foreach (var name in Members.Select(m => m.Name).Append("Otto Other"))
        {
            signedIn.Add(await _team.SignInAsync(name));
        }

        foreach (var client in Clients.Where(c => c != _key))
        {
            client.Dispose();
        }

        // The share helper replaces the guest's client with one holding a share link to MapId.
        Clients = [_factory.CreateClient(), .. signedIn, _factory.CreateClient(), _key];
    }

    public void Dispose()
    {
        foreach (var client in Clients)
        {
            client.Dispose();
        }
    }

    private static async Task<string> CreateMapAsync(HttpClient owner)
    {
        using var response = await owner.PostAsJsonAsync($"/api/workspaces/{Workspace}/maps", new { name = "Matrix map", kind = "currentState" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string> CreateKeyAsync(HttpClient owner)
    {
        using var response = await owner.PostAsJsonAsync($"/api/workspaces/{Workspace}/api-keys", new { name = "Matrix key" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}
