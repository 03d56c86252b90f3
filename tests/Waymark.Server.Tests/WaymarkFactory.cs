using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests;

/// <summary>The real app through its HTTP pipeline, on a real database chosen by the test class.</summary>
public sealed class WaymarkFactory : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public WaymarkFactory(string provider, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        _provider = provider;
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string>();
    }

    /// <summary>Clients send the header Waymark's own clients send, as the server refuses changes without it.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ClientHeader.Name, "tests");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        ReleasePool();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            ReleasePool();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("ConnectionStrings:Waymark", _connectionString);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("Demo:Events", "false"); // tests bring their own events unless a setting turns these on
        builder.UseSetting("Auth:Accounts", "false"); // the single-user mode; account tests turn accounts on in their settings
        builder.UseSetting("Analysis:WarmUp", "false"); // seconds of CPU per app the tests do not need; a setting may turn it on
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>
    /// Closes the idle pooled connections to the test's database when the app stops. The tests' strings pool, as the
    /// product's do: unpooled, every request's connections would parse SQLite's whole schema or start a PostgreSQL
    /// backend of their own (ADR 049); left open, a run's thousands of databases would hold a backend or file each.
    /// </summary>
    private void ReleasePool()
    {
        if (_provider == "Sqlite")
        {
            SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        }
        else if (_provider == "Postgres")
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(_connectionString));
        }
    }
}
