namespace Waymark.Testing.ClickHouse;

/// <summary>One ClickHouse server shared by every test class in a collection, started on first use; each test takes its own database.</summary>
public sealed class ClickHouseFixture : IDisposable
{
    private readonly Lazy<ClickHouseServer> _server = new(ClickHouseServer.Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public ClickHouseServer Server => _server.Value;

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}
