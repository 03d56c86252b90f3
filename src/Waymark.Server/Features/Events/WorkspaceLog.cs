using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Events;

/// <summary>
/// One workspace's engine log and the store sequence it has read up to. The first read streams every row into a
/// builder; later reads merge only the new rows into the log with an <see cref="EventLogAppender"/>, so an append
/// costs one copy of the columns, and no per-event objects are held between reads. Customer attributes are read
/// the same way (rows set or changed since the last attribute sequence); an attribute of a customer without events
/// waits here until the customer's first event arrives, so the log holds no customer without events.
/// </summary>
internal sealed class WorkspaceLog
{
    private readonly Dictionary<(string Customer, string Key), string> _waiting = [];

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long LastSequence { get; private set; }

    public long LastAttributeSequence { get; private set; }

    public EventLog? Log { get; private set; }

    /// <summary>Starts a refresh; nothing changes until <see cref="Refresh.Commit"/>.</summary>
    public Refresh Begin() => new(this);

    internal sealed class Refresh(WorkspaceLog owner)
    {
        private readonly EventLogBuilder? _builder = owner.Log is null ? new EventLogBuilder() : null;
        private readonly EventLogAppender? _appender = owner.Log is null ? null : new EventLogAppender(owner.Log);
        private long _lastSequence = owner.LastSequence;
        private long _lastAttributeSequence = owner.LastAttributeSequence;

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

        /// <summary>Attributes arrive in sequence order, so the last one read for a customer and key wins.</summary>
        public void SetAttribute(StoredAttribute a)
        {
            owner._waiting[(a.CustomerId, a.Key)] = a.Value;
            _lastAttributeSequence = a.Sequence;
        }

        public EventLog Commit()
        {
            ApplyWaitingAttributes();
            owner.Log = _builder?.Build() ?? _appender!.Build();
            owner.LastSequence = _lastSequence;
            owner.LastAttributeSequence = _lastAttributeSequence;
            return owner.Log;
        }

        /// <summary>Gives every waiting attribute whose customer now has events to the log.</summary>
        private void ApplyWaitingAttributes()
        {
            var customers = _builder?.Customers ?? owner.Log!.Customers;
            List<(string, string)>? applied = null;
            foreach (var ((customer, key), value) in owner._waiting)
            {
                if (customers.IdOf(customer) < 0)
                {
                    continue;
                }

                if (_builder is not null)
                {
                    _builder.SetAttribute(customer, key, value, overwrite: true);
                }
                else
                {
                    _appender!.SetAttribute(customer, key, value);
                }

                (applied ??= []).Add((customer, key));
            }

            foreach (var done in applied ?? [])
            {
                owner._waiting.Remove(done);
            }
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
