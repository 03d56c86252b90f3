using Microsoft.EntityFrameworkCore;
using Waymark.Data.Entities;

namespace Waymark.Data.Tests.Databases;

/// <summary>Fresh databases of one provider for a test class: each call to <see cref="New"/> is a new, empty one.</summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>Options for a new, empty database (not migrated).</summary>
    public abstract DatabaseOptions New();

    /// <summary>The schema as the provider reports it, one sorted line per column, index and key.</summary>
    public abstract Task<SortedSet<string>> ReadSchemaAsync(WaymarkDbContext context);

    /// <summary>Options for a new database, migrated and holding the given workspaces.</summary>
    public async Task<DatabaseOptions> NewMigratedAsync(params string[] workspaces)
    {
        ArgumentNullException.ThrowIfNull(workspaces);
        var options = New();
        await using var context = WaymarkContextFactory.Create(options);
        await context.Database.MigrateAsync();
        foreach (var id in workspaces)
        {
            context.Workspaces.Add(new WorkspaceEntity { Id = id, Name = id, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
        }

        await context.SaveChangesAsync();
        return options;
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
