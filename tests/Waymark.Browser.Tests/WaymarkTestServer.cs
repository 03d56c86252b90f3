using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Server;
using Waymark.Testing;

namespace Waymark.Browser.Tests;

/// <summary>The real server on Kestrel (free loopback port, temp SQLite file, demo seed) serving the built web/dist.</summary>
public sealed class WaymarkTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _db;

    private WaymarkTestServer(WebApplication app, string db, Uri address)
    {
        _app = app;
        _db = db;
        Address = address;
    }

    public Uri Address { get; }

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

        var db = Path.Combine(Path.GetTempPath(), "waymark-browser-" + Guid.NewGuid().ToString("N") + ".db");
        var app = WaymarkApp.Build([
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Waymark=Data Source={db};Pooling=false",
            "--Database:Provider=Sqlite",
            "--Demo:Seed=true",
            $"--Spa:Root={WebDist}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WaymarkTestServer(app, db, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}
