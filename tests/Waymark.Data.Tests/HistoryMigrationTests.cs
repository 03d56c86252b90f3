using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Waymark.Data.Entities;
using Waymark.Data.Tests.Databases;
using Waymark.Testing.Postgres;

namespace Waymark.Data.Tests;

/// <summary>
/// The History migration: a map no op has touched gets its newest revision as its snapshot at seq 0; revisions that
/// cannot be tied to a seq stay unmarked; named versions go with their map.
/// </summary>
public abstract class HistoryMigrationTests(TestDatabase database) : ProviderTests(database)
{
    private const string Before = "20261211100000_Reviews";

    [Fact]
    public async Task Migrate_UntouchedMap_NewestRevisionIsItsSnapshotAtZero()
    {
        var options = Database.New();
        await using (var context = WaymarkContextFactory.Create(options))
        {
            await context.GetService<IMigrator>().MigrateAsync(Before);
            var connection = context.Database.GetDbConnection();
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"""
                INSERT INTO workspaces ("Id", "Name", "CreatedAt", "UpdatedAt", "Version") VALUES ('ws', 'ws', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 1);
                {Map("untouched", 0)}
                {Map("edited", 7)}
                {Revision("untouched", 1)}
                {Revision("untouched", 2)}
                {Revision("edited", 1)}
                """);
        }

        await using var db = WaymarkContextFactory.Create(options);
        await db.Database.MigrateAsync();
        var marks = await db.MapRevisions.OrderBy(r => r.MapId).ThenBy(r => r.Number).Select(r => new { r.MapId, r.Number, r.OpSeq }).ToListAsync();

        Assert.Equal([("edited", 1, (long?)null), ("untouched", 1, null), ("untouched", 2, 0L)], marks.Select(m => (m.MapId, m.Number, m.OpSeq)));
        Assert.Empty(await db.MapOperations.Where(o => o.RestoredFrom != null).ToListAsync());
    }

    [Fact]
    public async Task DeleteMap_WithVersions_LeavesNoneBehind()
    {
        await using var db = WaymarkContextFactory.Create(Database.New());
        await db.Database.MigrateAsync();
        db.Workspaces.Add(new WorkspaceEntity { Id = "ws", Name = "ws", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        db.Maps.Add(new MapEntity { Id = "map1", WorkspaceId = "ws", Name = "Map", Kind = "currentState", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Document = "{}" });
        db.MapVersions.Add(new MapVersionEntity { Id = "ver1", WorkspaceId = "ws", MapId = "map1", Seq = 0, Name = "First", CreatedById = "ana", CreatedByName = "Ana", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        db.Maps.Remove(await db.Maps.SingleAsync());
        await db.SaveChangesAsync();

        Assert.Equal(0, await db.MapVersions.CountAsync());
    }

    private static string Map(string id, long opSeq) => $"""
        INSERT INTO maps ("Id", "WorkspaceId", "Name", "Kind", "StageCount", "StepCount", "PersonaNames", "CreatedAt", "UpdatedAt", "UpdatedBy", "Version", "Document", "OpSeq")
        VALUES ('{id}', 'ws', 'Map', 'currentState', 0, 0, '', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 'x', 3, '{"{"}"id": "{id}"{"}"}', {opSeq});
        """;

    private static string Revision(string mapId, int number) => $"""
        INSERT INTO map_revisions ("MapId", "Number", "Author", "CreatedAt", "Summary", "Document")
        VALUES ('{mapId}', {number}, 'x', '2026-11-01 10:00:00', 'Saved', '{"{"}"id": "{mapId}"{"}"}');
        """;

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteHistoryMigrationTests() : HistoryMigrationTests(new SqliteTestDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostgresHistoryMigrationTests(PostgresFixture postgres) : HistoryMigrationTests(new PostgresTestDatabase(postgres));
