using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// POSTs one signed message. Redirects are not followed (a 3xx is a failure), an attempt ends after
/// Webhooks:TimeoutSeconds, and unless private addresses are allowed the connection is refused when the host resolves
/// to a local or private address: checked when connecting, so a name that changes its address later is caught too.
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    public const int MaxResponse = 2048;
    private const string RefusedPrefix = "refused: ";
    private readonly HttpClient _http;
    private readonly WebhookOptions _options;

    public WebhookSender(IOptions<WebhookOptions> options)
    {
        _options = options.Value;
        var allowPrivate = _options.AllowPrivateAddresses;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(_options.TimeoutSeconds),
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Waymark-Webhooks/1.0");
    }

    public async Task<WebhookAttempt> SendAsync(string url, string id, string body, IReadOnlyList<string> secrets, CancellationToken ct)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(id, timestamp, body, secrets));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var text = await ReadStartAsync(response, timeout.Token);
            return new WebhookAttempt((int)response.StatusCode, text, null, Elapsed(started));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookAttempt(null, null, $"no answer within {_options.TimeoutSeconds:0.###} s", Elapsed(started));
        }
        catch (HttpRequestException e)
        {
            return new WebhookAttempt(null, null, Describe(e), Elapsed(started));
        }
    }

    public void Dispose() => _http.Dispose();

    private static async Task<string> ReadStartAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var buffer = new byte[MaxResponse];
        var read = 0;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0)
            {
                read += n;
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            // the status came; a body cut short is kept as far as it got
        }

        var text = Encoding.UTF8.GetString(buffer, 0, read).Replace('\0', '\uFFFD'); // PostgreSQL text holds no NUL
        return text.Length > MaxResponse ? text[..MaxResponse] : text; // multi-byte replacement can lengthen it
    }

    private static string Describe(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner.Message.StartsWith(RefusedPrefix, StringComparison.Ordinal))
            {
                return inner.Message;
            }
        }

        var what = e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "the host name did not resolve",
            HttpRequestError.ConnectionError => "the connection was refused or failed",
            HttpRequestError.ResponseEnded => "the receiver closed the connection without an answer",
            HttpRequestError.SecureConnectionError => "the TLS handshake failed",
            HttpRequestError.InvalidResponse => "the receiver's answer was not valid HTTP",
            _ => "the request failed",
        };
        return $"{what} ({e.HttpRequestError})";
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        if (!allowPrivate && addresses.FirstOrDefault(WebhookAddresses.IsPrivate) is { } local)
        {
            throw new IOException($"{RefusedPrefix}{endpoint.Host} resolves to {local}, a loopback, private or link-local address (Webhooks:AllowPrivateAddresses is off)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static int Elapsed(long started) => (int)Math.Min(int.MaxValue, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
