using Waymark.Data.Tests.Schema;

namespace Waymark.Data.Tests.Databases;

/// <summary>SQLite files in a temporary folder of their own, deleted with it.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "waymark-data-" + Guid.NewGuid().ToString("N"));
    private int _count;

    public override DatabaseOptions New() => new()
    {
        Provider = DatabaseProvider.Sqlite,
        ConnectionString = $"Data Source={Path.Combine(_folder, $"db{++_count}.db")};Pooling=false",
    };

    public override Task<SortedSet<string>> ReadSchemaAsync(WaymarkDbContext context) => SqliteSchemaReader.LinesAsync(context);

    protected override void Dispose(bool disposing)
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
