using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Waymark.Browser.Tests;

/// <summary>
/// Another site: a tiny Kestrel server on its own free loopback port, serving one page (Chromium reaches it as
/// http://evil.example:PORT through a host-resolver rule), so the browser treats it as a different site from Waymark.
/// </summary>
internal sealed class AttackerSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AttackerSite(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public const string Host = "evil.example";

    public int Port { get; }

    public string PageUrl => $"http://{Host}:{Port}/attack";

    public static async Task<AttackerSite> StartAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/attack", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new AttackerSite(app, address.Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
