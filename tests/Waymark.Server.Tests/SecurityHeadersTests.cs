using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Waymark.Testing;

namespace Waymark.Server.Tests;

/// <summary>Finding 3: every answer of the real server (Kestrel) carries the security headers and no Server header.</summary>
public sealed partial class SecurityHeadersTests
{
    [Fact]
    public async Task Get_EveryKindOfAnswer_HasSecurityHeadersAndNoServerHeader()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Address };
        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("page", await http.GetAsync("/")),
            ("deep link", await http.SendAsync(Html("/maps/map_x"))),
            ("api", await http.GetAsync("/api/workspaces")),
            ("404", await http.GetAsync("/api/workspaces/nope")),
            ("403", await http.PostAsync("/api/workspaces", null)),
            ("421", await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "evil.example" } })),
        };

        foreach (var (what, response) in answers)
        {
            using (response)
            {
                var csp = Header(response, "Content-Security-Policy");
                Assert.True(csp is not null, $"{what}: no Content-Security-Policy");
                foreach (var directive in new[]
                         {
                             "default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'none'",
                             "form-action 'self'", "frame-ancestors 'none'",
                         })
                {
                    Assert.True(csp.Contains(directive, StringComparison.Ordinal), $"{what}: CSP lacks {directive}: {csp}");
                }

                Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
                Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
                Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
                Assert.False(response.Headers.Contains("Server"), $"{what}: Server header sent ({Header(response, "Server")})");
            }
        }
    }

    [Fact]
    public async Task Get_HelpPageWithoutBuiltApp_CspAllowsExactlyItsOwnStyleSheet()
    {
        var empty = Directory.CreateTempSubdirectory("waymark-nospa-").FullName;
        try
        {
            using var factory = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString(), new Dictionary<string, string> { ["Spa:Root"] = empty });
            using var http = factory.CreateClient();

            using var response = await http.GetAsync("/");

            var css = StyleElement().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
            var csp = Header(response, "Content-Security-Policy")!;
            Assert.NotEmpty(css);
            Assert.Contains($"style-src 'self' 'sha256-{hash}'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static HttpRequestMessage Html(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
