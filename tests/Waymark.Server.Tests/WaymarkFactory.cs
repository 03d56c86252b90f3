using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Waymark.Server.Tests;

/// <summary>The real app through its HTTP pipeline, on a real database chosen by the test class.</summary>
public sealed class WaymarkFactory : WebApplicationFactory<Program>
{
    private readonly string _provider;
    private readonly string _connectionString;

    public WaymarkFactory(string provider, string connectionString)
    {
        _provider = provider;
        _connectionString = connectionString;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("ConnectionStrings:Waymark", _connectionString);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
    }
}
