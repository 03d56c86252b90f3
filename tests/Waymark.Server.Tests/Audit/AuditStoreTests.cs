using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Waymark.Server.Features.Access;
using static Waymark.Server.Tests.Audit.ActivityClient;

namespace Waymark.Server.Tests.Audit;

/// <summary>
/// The trail keeps what happened: the table refuses UPDATE and DELETE (its triggers), a line that cannot be written is
/// logged and does not fail the change, no secret reaches a line, and only owners read it; each provider runs every test.
/// </summary>
public abstract class AuditStoreTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    [Theory]
    [InlineData("UPDATE audit_events SET \"ActorName\" = 'Mallory'")]
    [InlineData("DELETE FROM audit_events")]
    public async Task RawSql_UpdateOrDelete_RefusedByTheTriggers(string sql)
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        await CreateMapAsync(Http, ws, "Onboarding");

        var error = await Record.ExceptionAsync(() => SqlAsync(Factory, sql));

        Assert.NotNull(error);
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        var row = Assert.Single(await TableAsync(Factory), r => r.WorkspaceId == ws);
        Assert.Equal("You", row.ActorName);
    }

    [Fact]
    public async Task FailingAuditWrite_ChangeStillSucceedsAndTheFailureIsLogged()
    {
        var logs = new ListLoggerProvider();
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var http = factory.CreateClient();
        var ws = await ImportsClient.NewWorkspaceAsync(http);
        await SqlAsync(Factory, "ALTER TABLE audit_events RENAME TO audit_events_away");

        using var created = await http.PostAsJsonAsync($"/api/workspaces/{ws}/maps", new { name = "Still saved" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Single(await http.GetFromJsonAsync<object[]>($"/api/workspaces/{ws}/maps") ?? []);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Error is not null
            && e.Message == $"Audit line map.created of workspace {ws} was not recorded");
    }

    [Fact]
    public async Task ApiKeyCreatedUsedAndRevoked_NoLineHoldsAnyPartOfTheSecret()
    {
        var ws = await ImportsClient.NewWorkspaceAsync(Http);
        var (id, key) = await IngestClient.CreateKeyAsync(Http, ws, "Production site");
        using var sent = await IngestClient.PostAsync(Http, key, "[" + IngestClient.Event("c1", "Visit") + "]");
        using var revoked = await Http.DeleteAsync($"/api/workspaces/{ws}/api-keys/{id}");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

        var rows = await TableAsync(Factory);
        var text = string.Join("\n", rows.Select(r => string.Join("|", r.WorkspaceId, r.ActorId, r.ActorName, r.Action, r.Target, r.Detail)));

        Assert.Equal(3, rows.Count(r => r.WorkspaceId == ws));
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(key[4..16], text, StringComparison.Ordinal); // the random part of the prefix the key list shows
        Assert.DoesNotContain(key[^12..], text, StringComparison.Ordinal);
        Assert.DoesNotContain(hash, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WorkspaceRole.Viewer)]
    [InlineData(WorkspaceRole.Commenter)]
    [InlineData(WorkspaceRole.Editor)]
    public async Task Activity_BelowOwner_403OnEveryRoute(WorkspaceRole role)
    {
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IWorkspaceAccess>(new FixedRoleAccess(role))));
        using var http = factory.CreateClient();

        foreach (var route in new[] { "activity", "activity/actors", "activity/csv" })
        {
            using var response = await http.GetAsync($"/api/workspaces/demo/{route}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task Activity_OwnerMemberAndAccountsOff_Allowed()
    {
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IWorkspaceAccess>(new FixedRoleAccess(WorkspaceRole.Owner))));
        using var member = factory.CreateClient();

        foreach (var route in new[] { "activity", "activity/actors", "activity/csv" })
        {
            using var asOwner = await member.GetAsync($"/api/workspaces/demo/{route}");
            using var accountsOff = await Http.GetAsync($"/api/workspaces/demo/{route}");
            Assert.Equal(HttpStatusCode.OK, asOwner.StatusCode);
            Assert.Equal(HttpStatusCode.OK, accountsOff.StatusCode);
        }
    }

    [Fact]
    public async Task ChangeByAMember_LineNamesTheMember()
    {
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IWorkspaceAccess>(new FixedRoleAccess(WorkspaceRole.Owner))));
        using var http = factory.CreateClient();
        var ws = await ImportsClient.NewWorkspaceAsync(http);

        await CreateMapAsync(http, ws, "Onboarding");
        var line = await OnlyAsync(http, ws, "map.created");

        Assert.Equal("u_ana", Text(line, "actorId"));
        Assert.Equal("Ana", Text(line, "actorName"));
    }
}
