using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;
using Waymark.Data.Tests.Databases;
using Waymark.Data.Tests.Schema;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests;

/// <summary>The same storage tests on each provider; subclasses say which database to use.</summary>
public abstract class DatabaseTests(TestDatabase database) : ProviderTests(database)
{
    [Fact]
    public async Task Migrate_FreshDatabase_SchemaMatchesModel()
    {
        await using var context = WaymarkContextFactory.Create(Database.New());

        await context.Database.MigrateAsync();

        var expected = ModelSchema.Lines(context);
        var actual = await Database.ReadSchemaAsync(context);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    [Fact]
    public async Task Migrate_Twice_LeavesNothingPending()
    {
        var options = Database.New();
        await using (var first = WaymarkContextFactory.Create(options))
        {
            await first.Database.MigrateAsync();
        }

        await using var context = WaymarkContextFactory.Create(options);
        await context.Database.MigrateAsync();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task SaveChanges_StaleVersion_ThrowsConcurrencyAndKeepsStoredRow()
    {
        var options = Database.New();
        await using (var setup = WaymarkContextFactory.Create(options))
        {
            await setup.Database.MigrateAsync();
            setup.Workspaces.Add(new WorkspaceEntity { Id = "ws1", Name = "Team", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            setup.Maps.Add(NewMap("m1", "ws1", "original"));
            await setup.SaveChangesAsync();
        }

        await using var a = WaymarkContextFactory.Create(options);
        await using var b = WaymarkContextFactory.Create(options);
        var mapA = await a.Maps.SingleAsync(m => m.Id == "m1");
        var mapB = await b.Maps.SingleAsync(m => m.Id == "m1");
        mapA.Document = "from a";
        mapA.Version++;
        await a.SaveChangesAsync();
        mapB.Document = "from b";
        mapB.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());

        await using var check = WaymarkContextFactory.Create(options);
        Assert.Equal("from a", (await check.Maps.SingleAsync(m => m.Id == "m1")).Document);
    }

    [Fact]
    public async Task DeleteWorkspace_WithMapsAndRevisions_LeavesNothingDangling()
    {
        var options = Database.New();
        await using var context = WaymarkContextFactory.Create(options);
        await context.Database.MigrateAsync();
        context.Workspaces.Add(new WorkspaceEntity { Id = "ws1", Name = "Team", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        context.Maps.Add(NewMap("m1", "ws1", "doc"));
        context.MapRevisions.Add(new MapRevisionEntity { MapId = "m1", Number = 1, Author = "t", Summary = "s", Document = "doc", CreatedAt = DateTime.UtcNow });
        context.Personas.Add(new PersonaEntity { Id = "p1", WorkspaceId = "ws1", Name = "P", Document = "{}", UpdatedAt = DateTime.UtcNow });
        await context.SaveChangesAsync();

        await context.Workspaces.Where(w => w.Id == "ws1").ExecuteDeleteAsync();

        Assert.Equal(0, await context.Maps.CountAsync());
        Assert.Equal(0, await context.MapRevisions.CountAsync());
        Assert.Equal(0, await context.Personas.CountAsync());
    }

    [Fact]
    public async Task DeleteWorkspace_WithCommentThreadsAndInbox_LeavesNothingDangling()
    {
        var options = Database.New();
        await using var context = WaymarkContextFactory.Create(options);
        await context.Database.MigrateAsync();
        var now = DateTime.UtcNow;
        context.Workspaces.Add(new WorkspaceEntity { Id = "ws1", Name = "Team", CreatedAt = now, UpdatedAt = now });
        context.Maps.Add(NewMap("m1", "ws1", "doc"));
        context.CommentThreads.Add(new CommentThreadEntity { Id = "t1", WorkspaceId = "ws1", MapId = "m1", AnchorKind = "map", CreatedAt = now, LastActivityAt = now });
        context.Comments.Add(new CommentEntity { Id = "c1", ThreadId = "t1", WorkspaceId = "ws1", AuthorId = "u1", AuthorName = "U", Body = "hi", CreatedAt = now });
        context.CommentInbox.Add(new CommentInboxEntity { WorkspaceId = "ws1", UserId = "u2", CommentId = "c1", Reason = "mention", CreatedAt = now });
        await context.SaveChangesAsync();

        await context.Workspaces.Where(w => w.Id == "ws1").ExecuteDeleteAsync();

        Assert.Equal(0, await context.CommentThreads.CountAsync());
        Assert.Equal(0, await context.Comments.CountAsync());
        Assert.Equal(0, await context.CommentInbox.CountAsync());
    }

    private static MapEntity NewMap(string id, string workspace, string document) => new()
    {
        Id = id,
        WorkspaceId = workspace,
        Name = "Map",
        Kind = "currentState",
        CreatedAt = DateTime.UtcNow,
        UpdatedAt = DateTime.UtcNow,
        UpdatedBy = "test",
        Document = document,
    };
}

public sealed class SqliteDatabaseTests() : DatabaseTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresFixture postgres) : DatabaseTests(new PostgresTestDatabase(postgres));
