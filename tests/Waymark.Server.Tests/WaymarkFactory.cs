using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("ConnectionStrings:Waymark", _connectionString);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("Demo:Events", "false"); // tests bring their own events unless a setting turns these on
        builder.UseSetting("Auth:Accounts", "false"); // the single-user mode; account tests turn accounts on in their settings
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
