using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Accounts;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests.Accounts;

/// <summary>
/// The real app with accounts on (Auth:Accounts=true), for tests of who may do what. Create people with
/// <see cref="CreateUserAsync"/>, give them a role with <see cref="AddMemberAsync"/>, and get a client signed in as
/// them (session cookie plus the antiforgery header) from <see cref="SignInAsync"/>. The first-start owner
/// (owner@localhost, owner of the demo workspace) is made by the server itself; its link is in <see cref="Notices"/>.
/// </summary>
public sealed class AccountsHost : IDisposable
{
    private readonly WaymarkFactory _root;
    private readonly List<HttpClient> _clients = [];

    public AccountsHost(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null,
        Action<IWebHostBuilder>? configure = null)
    {
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Auth:Accounts"] = "true" };
        _root = new WaymarkFactory(provider, connectionString, all);
        Factory = _root.WithWebHostBuilder(b =>
        {
            b.ConfigureTestServices(s => s.AddSingleton<IConsoleNotice>(Notices));
            configure?.Invoke(b);
        });
    }

    public const string DemoWorkspace = "demo";

    public const string Password = "a long test password";

    public WebApplicationFactory<Program> Factory { get; }

    public CapturedNotices Notices { get; } = new();

    /// <summary>A client with no session (it keeps the cookies it is given).</summary>
    public HttpClient Anonymous()
    {
        var client = Factory.CreateClient();
        _clients.Add(client);
        return client;
    }

    public async Task<WaymarkUser> CreateUserAsync(string email, string? password = Password, string? name = null)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
        var user = new WaymarkUser { UserName = email, Email = email, DisplayName = name ?? email.Split('@')[0], CreatedAt = DateTime.UtcNow };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    public async Task AddMemberAsync(string workspaceId, string userId, WorkspaceRole role)
    {
        await using var db = NewDb();
        db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = workspaceId, UserId = userId, Role = MemberRoleNames.ToText(role), JoinedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>A client signed in with email and password that sends the antiforgery token on every request.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = Password)
    {
        var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/api/account/sign-in", new { email, password });
        response.EnsureSuccessStatusCode();
        await UseAntiforgeryAsync(client, response);
        return client;
    }

    /// <summary>Takes the antiforgery token from a sign-in (or me) answer into the client's default headers.</summary>
    public static async Task UseAntiforgeryAsync(HttpClient client, HttpResponseMessage response)
    {
        var account = await response.Content.ReadFromJsonAsync<AccountDto>();
        client.DefaultRequestHeaders.Remove(SessionAntiforgery.HeaderName);
        client.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, account!.AntiforgeryToken);
    }

    /// <summary>A context of its own on the app's database, for arranging and checking rows.</summary>
    public WaymarkDbContext NewDb() =>
        WaymarkContextFactory.Create(Factory.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        Factory.Dispose();
        _root.Dispose();
    }
}
