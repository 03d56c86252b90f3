using Waymark.Server.Features.Security;

namespace Waymark.Testing;

/// <summary>
/// An HttpClient for a live server that sends what Waymark's own clients send: the client header, without which the
/// server refuses every change (ADR 009).
/// </summary>
public static class WaymarkHttp
{
    public static HttpClient Client(Uri address)
    {
        var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Add(ClientHeader.Name, "tests");
        return http;
    }
}
