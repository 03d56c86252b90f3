using System.Net;
using System.Net.Http.Headers;
using Waymark.Server.Features.Security;

namespace Waymark.Cli;

/// <summary>
/// Posts NDJSON batches to an ingestion route (<c>/api/ingest/events</c> unless <see cref="Path"/> says otherwise). Retries what is worth retrying (429 after its Retry-After,
/// 5xx gateway errors, network failures and timeouts) a few times; every other failure ends the import, since the
/// events carry stable ids and a later re-run only fills in what is missing.
/// </summary>
internal sealed class IngestClient : IDisposable
{
    private const int MaxAttempts = 5;
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);
    private readonly HttpClient _http;
    private readonly string _key;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    public IngestClient(Uri server, string key, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(120) };
        _http.DefaultRequestHeaders.Add(ClientHeader.Name, "cli"); // the key header alone would do; say who sends
        _key = key;
        _delay = delay ?? Task.Delay;
    }

    /// <summary>The route, relative to the server (with its query, if any).</summary>
    public string Path { get; init; } = "api/ingest/events";

    /// <summary>Called before each retry with the attempt number and the reason, so the user sees why it waits.</summary>
    public Action<int, string>? Retrying { get; init; }

    public async Task<IngestAnswer> SendAsync(ReadOnlyMemory<byte> ndjson, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (answer, retryAfter, reason) = await TrySendAsync(ndjson, ct).ConfigureAwait(false);
            if (answer is not null)
            {
                return answer;
            }

            if (attempt >= MaxAttempts)
            {
                throw new CliException(ExitCodes.ServerError, $"{reason}; gave up after {MaxAttempts} attempts (run the import again: what is already stored is skipped)");
            }

            Retrying?.Invoke(attempt, reason);
            var backoff = retryAfter ?? TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
            await _delay(backoff > MaxWait ? MaxWait : backoff, ct).ConfigureAwait(false);
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<(IngestAnswer? Answer, TimeSpan? RetryAfter, string Reason)> TrySendAsync(ReadOnlyMemory<byte> ndjson, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ReadOnlyMemoryContent(ndjson) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return (null, null, "cannot reach the server: " + e.Message);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, null, "the server did not answer in time");
        }

        using (response)
        {
            return await ReadAsync(response, ct).ConfigureAwait(false);
        }
    }

    private static async Task<(IngestAnswer?, TimeSpan?, string)> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        var text = $"server answered {status} {response.ReasonPhrase}: {ProblemText.From(body)}";
        if (response.IsSuccessStatusCode)
        {
            return (IngestAnswer.Parse(body), null, "");
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return (null, RetryAfter(response), text);
        }

        if (status is 502 or 503 or 504)
        {
            return (null, RetryAfter(response), text);
        }

        var hint = response.StatusCode == HttpStatusCode.Unauthorized ? " (check --key: it must be a live API key of the workspace)" : "";
        throw new CliException(ExitCodes.ServerError, text + hint);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
}
