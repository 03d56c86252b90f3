using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Tests.Proxy;

/// <summary>
/// Requests through the real pipeline from a chosen client address (the in-process test server has no socket, so its
/// requests come from nowhere unless a test says where), with the headers a proxy or an attacker would send.
/// Cookies are carried by hand in <see cref="Cookies"/>: a proxy test cares what each Set-Cookie says.
/// </summary>
internal sealed class ProxiedCall(WebApplicationFactory<Program> factory, string remote) : IDisposable
{
    private readonly HttpClient _http = new(factory.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(remote)))
    {
        BaseAddress = new Uri("http://localhost"),
    };

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase) { [ClientHeader.Name] = "tests" };

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    /// <summary>The headers a TLS-terminating proxy adds for a browser at <paramref name="client"/> that asked for https://host.</summary>
    public ProxiedCall Forwarding(string client, string host)
    {
        Headers["X-Forwarded-For"] = client;
        Headers["X-Forwarded-Proto"] = "https";
        Headers["X-Forwarded-Host"] = host;
        return this;
    }

    public async Task<HttpResponseMessage> SendAsync(string method, string path, string? json = null, string host = "localhost")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Host = host;
        foreach (var (name, value) in Headers)
        {
            request.Headers.Add(name, value);
        }

        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(k => $"{k.Key}={k.Value}")));
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await _http.SendAsync(request);
        foreach (var cookie in SetCookies(response))
        {
            var pair = cookie.Split(';')[0];
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            Cookies[pair[..eq]] = pair[(eq + 1)..];
        }

        return response;
    }

    /// <summary>The Set-Cookie line of the named cookie, lower case (attributes are case-insensitive).</summary>
    public static string Cookie(HttpResponseMessage response, string name) =>
        SetCookies(response).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal)).ToLowerInvariant();

    public void Dispose() => _http.Dispose();

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
