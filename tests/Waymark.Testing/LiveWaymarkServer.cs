using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Server;

namespace Waymark.Testing;

/// <summary>
/// The real Waymark server on Kestrel, on a free loopback port with a temp SQLite file, for tests that talk to it
/// over HTTP from outside the process's test host (the CLI's push and pull, the browser). The file goes with it.
/// </summary>
public sealed class LiveWaymarkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _db;

    private LiveWaymarkServer(WebApplication app, string db, Uri address)
    {
        _app = app;
        _db = db;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The running app's services, for a test that arranges what it needs inside (accounts, say).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the server; <paramref name="settings"/> are extra command-line settings (`--Key=value`).</summary>
    public static Task<LiveWaymarkServer> StartAsync(params string[] settings) => StartAsync(null, settings);

    /// <summary>
    /// Starts the server with services of the test's own registered first (a clock, say: the app only adds what is
    /// not there yet); <paramref name="settings"/> are extra command-line settings.
    /// </summary>
    public static async Task<LiveWaymarkServer> StartAsync(Action<IServiceCollection>? services, params string[] settings)
    {
        var db = Path.Combine(Path.GetTempPath(), "waymark-live-" + Guid.NewGuid().ToString("N") + ".db");
        var builder = WebApplication.CreateBuilder([
            "--urls=http://127.0.0.1:0",
            $"--ConnectionStrings:Waymark=Data Source={db}", // pooled, as the product runs (ADR 049)
            "--Logging:LogLevel:Default=Warning",
            "--Demo:Events=false", // tests bring their own events; a setting below may turn the demo's back on
            "--Auth:Accounts=false", // the single-user mode unless a setting below turns accounts on
            "--Analysis:WarmUp=false", // the engine's warm-up (CPU the tests do not need) unless a setting below turns it on
            .. settings,
        ]);
        services?.Invoke(builder.Services);
        WaymarkApp.ConfigureServices(builder);
        var app = builder.Build();
        WaymarkApp.Configure(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveWaymarkServer(app, db, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_db}"));
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }

        if (Directory.Exists(_db + "-snapshots")) // the event log snapshots beside the database (ADR 059)
        {
            Directory.Delete(_db + "-snapshots", recursive: true);
        }
    }
}
