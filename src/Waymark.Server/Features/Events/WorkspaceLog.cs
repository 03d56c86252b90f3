using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Events;

/// <summary>
/// One workspace's engine log and the store sequence it has read up to. The first read streams every row into a
/// builder; later reads merge only the new rows into the log with an <see cref="EventLogAppender"/>, so an append
/// costs one copy of the columns, and no per-event objects are held between reads.
/// </summary>
internal sealed class WorkspaceLog
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long LastSequence { get; private set; }

    public EventLog? Log { get; private set; }

    /// <summary>Starts a refresh; nothing changes until <see cref="Refresh.Commit"/>.</summary>
    public Refresh Begin() => new(this);

    internal sealed class Refresh(WorkspaceLog owner)
    {
        private readonly EventLogBuilder? _builder = owner.Log is null ? new EventLogBuilder() : null;
        private readonly EventLogAppender? _appender = owner.Log is null ? null : new EventLogAppender(owner.Log);
        private long _lastSequence = owner.LastSequence;

        public void Add(StoredEvent e)
        {
            AddProperties(e.Properties);
            if (_builder is not null)
            {
                _builder.Add(e.CustomerId, e.UtcTicks, e.Activity, e.Channel);
            }
            else
            {
                _appender!.Add(e.CustomerId, e.UtcTicks, e.Activity, e.Channel);
            }

            _lastSequence = e.Sequence;
        }

        public EventLog Commit()
        {
            owner.Log = _builder?.Build() ?? _appender!.Build();
            owner.LastSequence = _lastSequence;
            return owner.Log;
        }

        private void AddProperties(string? json)
        {
            if (json is null)
            {
                return;
            }

            using var doc = JsonDocument.Parse(json);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var value = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
                if (_builder is not null)
                {
                    _builder.AddProperty(p.Name, value);
                }
                else
                {
                    _appender!.AddProperty(p.Name, value);
                }
            }
        }
    }
}
