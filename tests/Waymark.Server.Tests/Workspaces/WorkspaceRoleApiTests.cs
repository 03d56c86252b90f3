using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Server.Features.Access;
using Waymark.Server.Tests.Accounts;

namespace Waymark.Server.Tests.Workspaces;

/// <summary>
/// The workspace list and the workspace answer the caller's own role in it, which the web app reads to show only
/// what the server allows (read-only maps for viewers and commenters); accounts off, the one local person owns all.
/// </summary>
public abstract class WorkspaceRoleApiTests(string provider, string connectionString) : IDisposable
{
    private readonly AccountsHost _host = new(provider, connectionString);
    private readonly string _provider = provider;
    private readonly string _connectionString = connectionString;

    [Theory]
    [InlineData(WorkspaceRole.Viewer, "viewer")]
    [InlineData(WorkspaceRole.Commenter, "commenter")]
    [InlineData(WorkspaceRole.Editor, "editor")]
    [InlineData(WorkspaceRole.Owner, "owner")]
    public async Task ListAndGet_Member_AnswerTheirRole(WorkspaceRole role, string expected)
    {
        var user = await _host.CreateUserAsync("cleo@example.com");
        await _host.AddMemberAsync(AccountsHost.DemoWorkspace, user.Id, role);
        var cleo = await _host.SignInAsync("cleo@example.com");

        var list = await cleo.GetFromJsonAsync<JsonElement>("/api/workspaces");
        var one = await cleo.GetFromJsonAsync<JsonElement>($"/api/workspaces/{AccountsHost.DemoWorkspace}");

        Assert.Equal([expected], list.EnumerateArray().Select(w => w.GetProperty("role").GetString()));
        Assert.Equal(expected, one.GetProperty("role").GetString());
    }

    [Fact]
    public async Task ListAndCreate_AccountsOff_Owner()
    {
        using var factory = new WaymarkFactory(_provider, _connectionString);
        using var http = factory.CreateClient();

        var list = await http.GetFromJsonAsync<JsonElement>("/api/workspaces");
        using var created = await http.PostAsJsonAsync("/api/workspaces", new { name = "Second" });

        Assert.All(list.EnumerateArray(), w => Assert.Equal("owner", w.GetProperty("role").GetString()));
        Assert.Equal("owner", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
    }

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }
}
