using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// People with accounts on a test server: creates users, puts them in workspaces with roles, and signs them in
/// through the real account API, each in an HttpClient of its own (session cookie plus the antiforgery header, as
/// the web app sends them).
/// </summary>
internal sealed class Team(WaymarkFactory factory)
{
    public const string Password = "correct horse battery";

    /// <summary>Settings for a test server with accounts on and limits loose enough for tests that make many calls.</summary>
    public static Dictionary<string, string> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["Auth:Accounts"] = "true",
            ["Auth:SignInsPerMinute"] = "10000",
            ["Invitations:Burst"] = "10000",
            ["Ingest:FailedKeyBurst"] = "100000",
            ["Demo:Seed"] = "false",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<string> CreateUserAsync(string name)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WaymarkUser>>();
        var email = name.ToLowerInvariant().Replace(' ', '.') + "@example.com";
        var user = new WaymarkUser { UserName = email, Email = email, DisplayName = name, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public async Task CreateWorkspaceAsync(string workspaceId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        db.Workspaces.Add(new WorkspaceEntity { Id = workspaceId, Name = workspaceId, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>Gives the user the role in the workspace, adding them when they are not a member.</summary>
    public async Task SetRoleAsync(string workspaceId, string userId, string role)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var row = await db.WorkspaceMembers.FirstOrDefaultAsync(m => m.WorkspaceId == workspaceId && m.UserId == userId);
        if (row is null)
        {
            db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = workspaceId, UserId = userId, Role = role, JoinedAt = DateTime.UtcNow });
        }
        else
        {
            row.Role = role;
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A client signed in as the user, sending the antiforgery token on changes as the web app does.</summary>
    public async Task<HttpClient> SignInAsync(string name)
    {
        var http = factory.CreateClient();
        var email = name.ToLowerInvariant().Replace(' ', '.') + "@example.com";
        using var response = await http.PostAsJsonAsync("/api/account/sign-in", new { email, password = Password });
        Assert.True(response.IsSuccessStatusCode, $"sign in as {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("antiforgeryToken").GetString();
        http.DefaultRequestHeaders.Add(SessionAntiforgery.HeaderName, token);
        return http;
    }
}
