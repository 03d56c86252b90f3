namespace Waymark.Server.Tests;

/// <summary>
/// A test class on the real app through its HTTP pipeline, on the database its provider subclass names (see
/// ProviderSubclasses.cs): one app and one client per test, disposed after it.
/// </summary>
public abstract class ApiTests : IDisposable
{
    protected ApiTests(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        Factory = new WaymarkFactory(provider, connectionString, settings);
        Http = Factory.CreateClient();
    }

    protected WaymarkFactory Factory { get; }

    protected HttpClient Http { get; }

    public void Dispose()
    {
        Http.Dispose();
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
