namespace Waymark.Data.Tests.Databases;

/// <summary>A test class whose tests run on each provider: its subclasses say which, by the database they pass.</summary>
public abstract class ProviderTests(TestDatabase database) : IDisposable
{
    protected TestDatabase Database { get; } = database;

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
