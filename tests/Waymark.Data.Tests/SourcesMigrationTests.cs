using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Waymark.Data.EventStores;
using Waymark.Data.Tests.Databases;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests;

/// <summary>The Sources migration moves a workspace's existing events, attributes, keys and maps to its default source.</summary>
public abstract class SourcesMigrationTests(TestDatabase database) : ProviderTests(database)
{
    private const string Before = "20261207120000_Topics";

    [Fact]
    public async Task Migrate_ExistingData_MovesEverythingToOneDefaultSourcePerWorkspace()
    {
        var options = Database.New();
        await using (var context = WaymarkContextFactory.Create(options))
        {
            await context.GetService<IMigrator>().MigrateAsync(Before);
            var connection = context.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var ws in new[] { "ws1", "ws2" })
            {
                await ExecuteAsync(connection, $"""
                    INSERT INTO workspaces ("Id", "Name", "CreatedAt", "UpdatedAt", "Version") VALUES ('{ws}', '{ws}', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 1);
                    INSERT INTO events ("WorkspaceId", "EventId", "CustomerId", "Ticks", "Activity") VALUES ('{ws}', 'e1', 'c1', 1, 'Visited'), ('{ws}', NULL, 'c2', 2, 'Bought');
                    INSERT INTO customer_attributes ("WorkspaceId", "CustomerId", "Key", "Value", "Sequence") VALUES ('{ws}', 'c1', 'plan', 'pro', 1);
                    INSERT INTO api_keys ("Id", "WorkspaceId", "Name", "Prefix", "Hash", "CreatedAt") VALUES ('key_{ws}', '{ws}', 'Site', 'wmk_{ws}', 'h', '2026-11-01 10:00:00');
                    INSERT INTO maps ("Id", "WorkspaceId", "Name", "Kind", "StageCount", "StepCount", "PersonaNames", "CreatedAt", "UpdatedAt", "UpdatedBy", "Version", "Document")
                    VALUES ('map_{ws}', '{ws}', 'Map', 'currentState', 0, 0, '', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 'x', 1, '{"{}"}');
                    """);
            }
        }

        await using (var context = WaymarkContextFactory.Create(options))
        {
            await context.Database.MigrateAsync();
            var sources = await context.EventSources.OrderBy(s => s.WorkspaceId).Select(s => new { s.Id, s.WorkspaceId, s.Name }).ToListAsync();
            Assert.Equal(["src_ws1/ws1/Events", "src_ws2/ws2/Events"], sources.Select(s => $"{s.Id}/{s.WorkspaceId}/{s.Name}"));
            Assert.All(await context.Maps.Select(m => new { m.WorkspaceId, m.SourceId }).ToListAsync(), m => Assert.Equal("src_" + m.WorkspaceId, m.SourceId));
            Assert.All(await context.ApiKeys.Select(k => new { k.WorkspaceId, k.SourceId }).ToListAsync(), k => Assert.Equal("src_" + k.WorkspaceId, k.SourceId));
        }

        var store = EventStoreFactory.Create(options);
        var ws1 = new EventSourceKey("ws1", "src_ws1");
        Assert.Equal(["Visited", "Bought"], (await store.ReadSinceAsync(ws1, 0).ToListAsync()).Select(e => e.Activity));
        Assert.Equal([new CustomerAttribute("c1", "plan", "pro")], await store.ReadAttributesAsync(ws1).ToListAsync());
        Assert.Empty(await store.ReadSinceAsync(new EventSourceKey("ws1", "src_ws2"), 0).ToListAsync());
        Assert.Equal(new AppendResult(0, 1), await store.AppendAsync(ws1, [new NewEvent("e1", "c1", 1, "Visited", null, null)]));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteSourcesMigrationTests() : SourcesMigrationTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresSourcesMigrationTests(PostgresFixture postgres) : SourcesMigrationTests(new PostgresTestDatabase(postgres));
