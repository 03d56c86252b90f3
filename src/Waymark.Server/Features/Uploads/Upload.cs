using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// One uploaded file read whole, for events or feedback alike: the checks every upload passes in the same order
/// (size as announced, a free slot in the <see cref="UploadGate"/>, the streamed limits and UTF-8, the row limit,
/// readable as a whole), each refused with the same answer. Holds its slot until disposed, so the feature stores
/// what was read before the next upload may read.
/// </summary>
internal sealed class Upload<T> : IDisposable
    where T : class, IUploadContent
{
    private readonly IDisposable? _slot;
    private readonly Stopwatch? _clock;

    private Upload(IDisposable? slot, Stopwatch? clock, T? content, ProblemHttpResult? refusal)
    {
        _slot = slot;
        _clock = clock;
        Content = content;
        Refusal = refusal;
    }

    /// <summary>What was read; null when the file was refused before it was read to its end.</summary>
    public T? Content { get; }

    /// <summary>The answer that refuses the file; null when it was read and is to be stored.</summary>
    public ProblemHttpResult? Refusal { get; }

    /// <summary>Seconds since the body began to be read, to the millisecond (the result's "seconds").</summary>
    public double Seconds => Math.Round(_clock?.Elapsed.TotalSeconds ?? 0, 3);

    /// <summary>
    /// Reads the request body as text through <paramref name="read"/>, which runs synchronously off the request's thread
    /// and is given the text stream; <paramref name="cli"/> is the command named for files over a limit.
    /// </summary>
    public static async Task<Upload<T>> ReadAsync(
        HttpContext http, UploadOptions limits, UploadGate gate, string cli, bool checkUtf8, Func<Stream, T> read, CancellationToken ct)
    {
        if (http.Request.ContentLength > limits.MaxUploadBytes)
        {
            return new(null, null, null, UploadAnswers.OverUploadLimit(limits.MaxUploadBytes, cli));
        }

        var slot = await gate.EnterAsync(ct);
        if (slot is null)
        {
            return new(null, null, null, UploadAnswers.Busy(http.Response, limits.MaxConcurrentUploads));
        }

        try
        {
            UploadStreams.AllowBody(http, limits.MaxUploadBytes);
            var clock = Stopwatch.StartNew();
            var content = await ReadTextAsync(http.Request.Body, limits, checkUtf8, read, ct);
            var refusal = content.OverRowLimit ? UploadAnswers.TooManyRows(limits.MaxRows, cli) : content.Unreadable;
            return new(slot, clock, content, refusal);
        }
        catch (UploadRejectedException e)
        {
            return new(slot, null, null, UploadAnswers.Rejected(e));
        }
        catch
        {
            // Cancelled or failed: the slot goes back now, as no Upload holds it.
            slot.Dispose();
            throw;
        }
    }

    public void Dispose() => _slot?.Dispose();

    private static async Task<T> ReadTextAsync(Stream body, UploadOptions limits, bool checkUtf8, Func<Stream, T> read, CancellationToken ct)
    {
        await using var text = await UploadStreams.OpenAsync(body, limits, checkUtf8, ct);

        // The readers are synchronous (several cores for CSV; the body stream blocks on the request): keep them off the request's thread.
        return await Task.Run(() => read(text), ct);
    }
}
