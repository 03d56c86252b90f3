using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Server;

namespace Waymark.Cli.Tests;

/// <summary>The real server on Kestrel, on a free loopback port with a temp SQLite file, for push and pull.</summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _db;

    private LiveServer(WebApplication app, string db, Uri address)
    {
        _app = app;
        _db = db;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<LiveServer> StartAsync()
    {
        var db = Path.Combine(Path.GetTempPath(), "waymark-cli-" + Guid.NewGuid().ToString("N") + ".db");
        var app = WaymarkApp.Build(["--urls=http://127.0.0.1:0", $"--ConnectionStrings:Waymark=Data Source={db};Pooling=false"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveServer(app, db, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        File.Delete(_db);
    }
}
