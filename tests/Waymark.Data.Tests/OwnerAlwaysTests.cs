using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;
using Waymark.Data.Tests.Databases;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests;

/// <summary>
/// The database keeps at least one owner in each workspace, whatever the code above it does and however requests
/// race: the last owner cannot be demoted or removed, two owners demoting each other at once leave one, and deleting
/// the workspace still takes its members with it.
/// </summary>
public abstract class OwnerAlwaysTests(TestDatabase database) : ProviderTests(database)
{
    [Fact]
    public async Task Demote_LastOwner_Refused()
    {
        var options = await SeedAsync(("ann", MemberRoles.Owner), ("bob", MemberRoles.Editor));
        await using var db = WaymarkContextFactory.Create(options);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => SetRoleAsync(db, "ann", MemberRoles.Editor));

        Assert.True(LastOwner.IsRefusal(error), error.ToString());
        Assert.Equal(MemberRoles.Owner, await RoleAsync(options, "ann"));
    }

    [Fact]
    public async Task Remove_LastOwner_Refused()
    {
        var options = await SeedAsync(("ann", MemberRoles.Owner), ("bob", MemberRoles.Viewer));
        await using var db = WaymarkContextFactory.Create(options);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.WorkspaceMembers.Where(m => m.UserId == "ann").ExecuteDeleteAsync());

        Assert.True(LastOwner.IsRefusal(error), error.ToString());
        Assert.Equal(MemberRoles.Owner, await RoleAsync(options, "ann"));
    }

    [Fact]
    public async Task Demote_OneOfTwoOwners_Allowed()
    {
        var options = await SeedAsync(("ann", MemberRoles.Owner), ("bob", MemberRoles.Owner));
        await using var db = WaymarkContextFactory.Create(options);

        await SetRoleAsync(db, "ann", MemberRoles.Commenter);

        Assert.Equal(MemberRoles.Commenter, await RoleAsync(options, "ann"));
    }

    [Fact]
    public async Task Demote_TwoOwnersEachOtherAtOnce_OneOwnerLeft()
    {
        for (var round = 0; round < 5; round++)
        {
            var options = await SeedAsync(("ann", MemberRoles.Owner), ("bob", MemberRoles.Owner));
            using var start = new Barrier(2);

            var outcomes = await Task.WhenAll(
                Task.Run(() => TryDemoteAsync(options, "ann", start)),
                Task.Run(() => TryDemoteAsync(options, "bob", start)));

            Assert.Equal(1, outcomes.Count(ok => ok));
            await using var check = WaymarkContextFactory.Create(options);
            Assert.Equal(1, await check.WorkspaceMembers.CountAsync(m => m.Role == MemberRoles.Owner));
        }
    }

    [Fact]
    public async Task DeleteWorkspace_WithOwners_MembersGoWithIt()
    {
        var options = await SeedAsync(("ann", MemberRoles.Owner), ("bob", MemberRoles.Editor));
        await using var db = WaymarkContextFactory.Create(options);

        await db.Workspaces.Where(w => w.Id == "ws1").ExecuteDeleteAsync();

        Assert.Equal(0, await db.WorkspaceMembers.CountAsync());
    }

    private static async Task<bool> TryDemoteAsync(DatabaseOptions options, string userId, Barrier start)
    {
        await using var db = WaymarkContextFactory.Create(options);
        await db.Database.OpenConnectionAsync(); // connect before the barrier, so both updates start together
        start.SignalAndWait();
        try
        {
            await SetRoleAsync(db, userId, MemberRoles.Editor);
            return true;
        }
        catch (Exception e) when (LastOwner.IsRefusal(e))
        {
            return false;
        }
    }

    private static Task<int> SetRoleAsync(WaymarkDbContext db, string userId, string role) =>
        db.WorkspaceMembers.Where(m => m.WorkspaceId == "ws1" && m.UserId == userId).ExecuteUpdateAsync(m => m.SetProperty(x => x.Role, role));

    private static async Task<string> RoleAsync(DatabaseOptions options, string userId)
    {
        await using var db = WaymarkContextFactory.Create(options);
        return await db.WorkspaceMembers.Where(m => m.UserId == userId).Select(m => m.Role).SingleAsync();
    }

    private async Task<DatabaseOptions> SeedAsync(params (string User, string Role)[] members)
    {
        var options = await Database.NewMigratedAsync("ws1");
        await using var db = WaymarkContextFactory.Create(options);
        foreach (var (user, role) in members)
        {
            db.Users.Add(new WaymarkUser { Id = user, UserName = user + "@example.com", Email = user + "@example.com", DisplayName = user, CreatedAt = DateTime.UtcNow });
            db.WorkspaceMembers.Add(new WorkspaceMemberEntity { WorkspaceId = "ws1", UserId = user, Role = role, JoinedAt = DateTime.UtcNow });
        }

        await db.SaveChangesAsync();
        return options;
    }
}

public sealed class SqliteOwnerAlwaysTests() : OwnerAlwaysTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresOwnerAlwaysTests(PostgresFixture postgres) : OwnerAlwaysTests(new PostgresTestDatabase(postgres));
