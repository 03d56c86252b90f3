namespace Waymark.Server.Features.Collab;

/// <summary>
/// SQLite has one writer per file. Batches of different maps take turns here, in the process, before BEGIN IMMEDIATE,
/// instead of meeting at SQLite's lock: a busy SQLite lock is retried by Microsoft.Data.Sqlite after a 150 ms sleep
/// (it sets no busy handler), which put that much on a batch whenever two maps' batches met (docs/adr/050).
/// PostgreSQL does not use it (a row lock per map).
/// </summary>
internal sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Turn(_gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
