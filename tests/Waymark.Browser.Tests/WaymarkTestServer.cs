using Waymark.Testing;

namespace Waymark.Browser.Tests;

/// <summary>The real server on Kestrel (free loopback port, temp SQLite file, demo seed) serving the built web/dist.</summary>
public sealed class WaymarkTestServer : IAsyncDisposable
{
    private readonly LiveWaymarkServer _server;

    private WaymarkTestServer(LiveWaymarkServer server)
    {
        _server = server;
    }

    public Uri Address => _server.Address;

    /// <summary>The built front end the server hosts: the repository's web/dist.</summary>
    public static string WebDist { get; } = RepoPaths.Combine("web", "dist");

    public static async Task<WaymarkTestServer> StartAsync()
    {
        if (!File.Exists(Path.Combine(WebDist, "index.html")))
        {
            throw new InvalidOperationException(
                $"No built front end at {WebDist} (index.html is missing). Build it with `dotnet build` (which runs npm "
                + "in web/ unless -p:SkipWebBuild=true or npm is missing) or `cd web && npm ci && npm run build`.");
        }

        return new WaymarkTestServer(await LiveWaymarkServer.StartAsync(
            "--Database:Provider=Sqlite", "--Demo:Seed=true", $"--Spa:Root={WebDist}"));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
