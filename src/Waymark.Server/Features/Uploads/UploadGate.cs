using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// Bounds the uploads (events and feedback) read at once, server-wide: each holds up to a whole log in memory while
/// it is read, so their number, not their size alone, decides the server's peak. The next waits briefly for a slot.
/// </summary>
public sealed class UploadGate(IOptions<UploadOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentUploads, options.Value.MaxConcurrentUploads);
    private readonly TimeSpan _wait = TimeSpan.FromSeconds(options.Value.UploadWaitSeconds);

    /// <summary>Uploads being read now.</summary>
    public int InUse => options.Value.MaxConcurrentUploads - _slots.CurrentCount;

    /// <summary>A slot to read one upload in (dispose it when done), or null when none came free in time.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken ct) =>
        await _slots.WaitAsync(_wait, ct) ? new Slot(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
