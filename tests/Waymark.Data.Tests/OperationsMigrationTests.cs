using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Waymark.Data.Entities;
using Waymark.Data.Tests.Databases;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests;

/// <summary>The Operations migration: existing maps start at op seq 0; the log is unique by seq and op id and goes with its map.</summary>
public abstract class OperationsMigrationTests(TestDatabase database) : ProviderTests(database)
{
    private const string Before = "20261208100000_Sources";

    [Fact]
    public async Task Migrate_ExistingMap_StartsAtSeqZeroAndKeepsItsDocument()
    {
        var options = Database.New();
        await using (var context = WaymarkContextFactory.Create(options))
        {
            await context.GetService<IMigrator>().MigrateAsync(Before);
            var connection = context.Database.GetDbConnection();
            await connection.OpenAsync();
            await ExecuteAsync(connection, """
                INSERT INTO workspaces ("Id", "Name", "CreatedAt", "UpdatedAt", "Version") VALUES ('ws', 'ws', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 1);
                INSERT INTO maps ("Id", "WorkspaceId", "Name", "Kind", "StageCount", "StepCount", "PersonaNames", "CreatedAt", "UpdatedAt", "UpdatedBy", "Version", "Document")
                VALUES ('map1', 'ws', 'Map', 'currentState', 0, 0, '', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 'x', 3, '{"id": "map1"}');
                """);
        }

        await using var db = WaymarkContextFactory.Create(options);
        await db.Database.MigrateAsync();
        var map = await db.Maps.SingleAsync();

        Assert.Equal((0L, 3, """{"id": "map1"}"""), (map.OpSeq, map.Version, map.Document));
    }

    [Fact]
    public async Task Log_SameSeqOrSameOpIdTwice_Refused()
    {
        await using var db = await MigratedWithMapAsync();
        db.MapOperations.Add(Op(1, "op-a"));
        await db.SaveChangesAsync();

        db.MapOperations.Add(Op(2, "op-a"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.MapOperations.Add(Op(1, "op-b"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task DeleteMap_WithLogAndTombstones_LeavesNothingDangling()
    {
        await using var db = await MigratedWithMapAsync();
        db.MapOperations.Add(Op(1, "op-a"));
        db.MapTombstones.Add(new MapTombstoneEntity { MapId = "map1", Kind = "step", ItemId = "s1", Seq = 1, AuthorName = "Ana" });
        await db.SaveChangesAsync();

        db.Maps.Remove(await db.Maps.SingleAsync());
        await db.SaveChangesAsync();

        Assert.Equal((0, 0), (await db.MapOperations.CountAsync(), await db.MapTombstones.CountAsync()));
    }

    private async Task<WaymarkDbContext> MigratedWithMapAsync()
    {
        var db = WaymarkContextFactory.Create(Database.New());
        await db.Database.MigrateAsync();
        db.Workspaces.Add(new WorkspaceEntity { Id = "ws", Name = "ws", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        db.Maps.Add(new MapEntity { Id = "map1", WorkspaceId = "ws", Name = "Map", Kind = "currentState", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Document = "{}" });
        await db.SaveChangesAsync();
        return db;
    }

    private static MapOperationEntity Op(long seq, string opId) => new()
    {
        MapId = "map1", Seq = seq, OpId = opId, AuthorId = "ana", AuthorName = "Ana", At = DateTime.UtcNow,
        EditJson = """{"type":"deleteStep","stepId":"s1"}""",
    };

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteOperationsMigrationTests() : OperationsMigrationTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresOperationsMigrationTests(PostgresFixture postgres) : OperationsMigrationTests(new PostgresTestDatabase(postgres));
