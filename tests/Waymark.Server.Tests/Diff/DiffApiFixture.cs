namespace Waymark.Server.Tests.Diff;

/// <summary>One app on a temp SQLite file for a whole test class (each test makes its own maps).</summary>
public sealed class DiffApiFixture : IDisposable
{
    public DiffApiFixture()
    {
        Factory = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString());
        Http = Factory.CreateClient();
    }

    public WaymarkFactory Factory { get; }

    public HttpClient Http { get; }

    public void Dispose()
    {
        Http.Dispose();
        Factory.Dispose();
    }
}
