namespace Waymark.Testing.Postgres;

/// <summary>One PostgreSQL server shared by every test class in a collection; each class takes its own database.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly Lazy<PostgresServer> _server = new(PostgresServer.Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public PostgresServer Server => _server.Value;

    public string CreateDatabase() => Server.CreateDatabase();

    /// <summary>A fresh database with the migrations applied (copied from a template; see PostgresServer).</summary>
    public string CreateMigratedDatabase() => Server.CreateMigratedDatabase();

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}
