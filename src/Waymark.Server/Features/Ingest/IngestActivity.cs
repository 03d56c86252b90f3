using System.Globalization;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// Ingestion through API keys in the audit trail, summed: a busy key sends a batch every second, and a line for each
/// would bury every other line of the workspace. A key's first batch after a quiet hour is recorded at once (so a new
/// or revived key shows up while someone is watching); later batches are summed and written when the hour since the
/// key's last line is over, by the next batch or by <see cref="IngestActivityFlusher"/>'s minute tick. So each key
/// writes at most one line an hour per kind (events, feedback), each with its batches and counts; a stop writes
/// what is pending.
/// </summary>
public sealed class IngestActivity(IAuditTrail audit, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<(string KeyId, string Action), Tally> _tallies = [];

    /// <summary>Counts a stored batch; records a line when the key's last one is an hour old (or there is none).</summary>
    public Task NoteAsync(ApiKeyEntity key, string action, int accepted, int duplicates, int rejected)
    {
        var now = time.GetUtcNow();
        AuditEntry? line;
        lock (_lock)
        {
            if (!_tallies.TryGetValue((key.Id, action), out var tally))
            {
                tally = new Tally(key.WorkspaceId, key.Id, key.Name, action);
                _tallies[(key.Id, action)] = tally;
            }

            tally.Add(now, accepted, duplicates, rejected);
            line = tally.Due(now) ? tally.Take(now) : null;
        }

        return line is null ? Task.CompletedTask : audit.RecordAsync(line, CancellationToken.None);
    }

    /// <summary>Writes the sums whose hour is over (or all of them when the server stops) and forgets idle keys.</summary>
    public async Task FlushAsync(bool all)
    {
        var now = time.GetUtcNow();
        var lines = new List<AuditEntry>();
        lock (_lock)
        {
            foreach (var (id, tally) in _tallies.ToList())
            {
                if (tally.Batches > 0 && (all || tally.Due(now)))
                {
                    lines.Add(tally.Take(now));
                }
                else if (tally.Batches == 0 && tally.Due(now))
                {
                    _tallies.Remove(id); // quiet for an hour: its next batch is recorded at once anyway
                }
            }
        }

        foreach (var line in lines)
        {
            await audit.RecordAsync(line, CancellationToken.None);
        }
    }

    private sealed class Tally(string workspaceId, string keyId, string keyName, string action)
    {
        private DateTimeOffset? _lastLine;
        private DateTimeOffset _since;
        private long _accepted;
        private long _duplicates;
        private long _rejected;

        public long Batches { get; private set; }

        public void Add(DateTimeOffset now, int accepted, int duplicates, int rejected)
        {
            if (Batches++ == 0)
            {
                _since = now;
            }

            _accepted += accepted;
            _duplicates += duplicates;
            _rejected += rejected;
        }

        public bool Due(DateTimeOffset now) => _lastLine is not { } last || now - last >= Window;

        public AuditEntry Take(DateTimeOffset now)
        {
            var since = _since.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);
            var detail = AuditDetails.Ingest(Batches, _accepted, _duplicates, _rejected) + $" (since {since} UTC)";
            (Batches, _accepted, _duplicates, _rejected, _lastLine) = (0, 0, 0, 0, now);
            return new AuditEntry(workspaceId, keyId, keyName, action, keyId, detail);
        }
    }
}
