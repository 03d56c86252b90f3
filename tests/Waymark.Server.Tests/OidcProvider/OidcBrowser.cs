using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Waymark.Server.Tests.Accounts;

namespace Waymark.Server.Tests.OidcProvider;

/// <summary>
/// A browser for the single sign-on round trip: one cookie jar, requests to the provider over real HTTP and to
/// Waymark's test server in process, redirects followed by hand so a test sees (and may tamper with) every hop.
/// It stops at the page Waymark lands on (anything outside /api and the callback), which it does not load.
/// </summary>
public sealed class OidcBrowser : IDisposable
{
    private readonly HttpClient _client;

    public OidcBrowser(AccountsHost host, TestOidcProvider provider)
    {
        _client = host.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(), new ToProvider(provider.Issuer));
    }

    /// <summary>The client with this browser's cookies, for API calls after the round trip.</summary>
    public HttpClient Client => _client;

    /// <summary>Follows redirects from <paramref name="start"/>; <paramref name="tamper"/> may rewrite any hop. Returns the landing.</summary>
    public async Task<Uri> SignInAsync(string start, Func<Uri, Uri>? tamper = null)
    {
        var url = new Uri(_client.BaseAddress!, start);
        for (var hop = 0; hop < 10; hop++)
        {
            using var response = await _client.GetAsync(url);
            if (response.StatusCode is not (HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.Redirect))
            {
                throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            var next = new Uri(url, response.Headers.Location!);
            next = tamper?.Invoke(next) ?? next;
            if (next.Authority == _client.BaseAddress!.Authority && !next.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)
                && next.AbsolutePath != "/signin-oidc")
            {
                return next;
            }

            url = next;
        }

        throw new InvalidOperationException("too many redirects");
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Sends requests for the provider's address over the network; the rest go on to the test server.</summary>
    private sealed class ToProvider(Uri provider) : DelegatingHandler
    {
        private readonly HttpMessageInvoker _network = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.Authority == provider.Authority ? _network.SendAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _network.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
