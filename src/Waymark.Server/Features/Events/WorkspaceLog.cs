using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Core.Text;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Events;

/// <summary>
/// One workspace's engine log and the store sequences (events, attributes) it has read up to. The first read streams
/// every row into a builder; later reads merge only the new rows into the log with an <see cref="EventLogAppender"/>,
/// so an append costs one copy of the columns, and no per-event objects are held between reads. Only customers with
/// events enter the log: an attribute of a customer not seen yet waits here until their first event arrives.
/// Stored properties are read leniently: a value or name that is not text is replaced by U+FFFD and a properties text
/// that is not a JSON object is left out, each counted in <see cref="ReplacedValues"/>, so no stored row stops a load.
/// </summary>
internal sealed class WorkspaceLog
{
    private readonly Dictionary<string, List<(string Key, string Value)>> _waiting = new(StringComparer.Ordinal);

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long LastSequence { get; private set; }

    /// <summary>Starts below 0: rows stored before attributes had a write sequence carry 0 and are read once.</summary>
    public long LastAttributeSequence { get; private set; } = -1;

    public EventLog? Log { get; private set; }

    /// <summary>Stored values replaced or left out because they were not text, since this log was first read.</summary>
    public long ReplacedValues { get; private set; }

    /// <summary>Starts a refresh; the log changes only at <see cref="Refresh.Commit"/>.</summary>
    public Refresh Begin() => new(this);

    internal sealed class Refresh(WorkspaceLog owner)
    {
        private readonly EventLogBuilder? _builder = owner.Log is null ? new EventLogBuilder() : null;
        private readonly EventLogAppender? _appender = owner.Log is null ? null : new EventLogAppender(owner.Log);
        private readonly List<StoredAttribute> _attributes = [];
        private long _lastSequence = owner.LastSequence;
        private long _lastAttributeSequence = owner.LastAttributeSequence;

        /// <summary>Values this refresh replaced (see <see cref="ReplacedValues"/>).</summary>
        public long Replaced { get; private set; }

        private bool Knows(string customer) => _builder?.Customers.IdOf(customer) >= 0 || _appender?.Knows(customer) == true;

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

        /// <summary>An attribute set or changed (rows come in sequence order: a later one wins).</summary>
        public void SetAttribute(StoredAttribute a)
        {
            _attributes.Add(a);
            _lastAttributeSequence = a.Sequence;
        }

        public EventLog Commit()
        {
            // Attributes go in after this refresh's events, so a customer whose first events came with them is known.
            foreach (var a in _attributes)
            {
                if (Knows(a.CustomerId))
                {
                    Set(a.CustomerId, a.Key, a.Value);
                }
                else
                {
                    Wait(a);
                }
            }

            ReleaseWaiting();
            owner.Log = _builder?.Build() ?? _appender!.Build();
            owner.LastSequence = _lastSequence;
            owner.LastAttributeSequence = _lastAttributeSequence;
            owner.ReplacedValues += Replaced;
            return owner.Log;
        }

        private void Wait(StoredAttribute a)
        {
            if (!owner._waiting.TryGetValue(a.CustomerId, out var list))
            {
                owner._waiting[a.CustomerId] = list = [];
            }

            list.RemoveAll(p => p.Key == a.Key);
            list.Add((a.Key, a.Value));
        }

        /// <summary>Customers whose first events arrived in this refresh get the attributes that waited for them.</summary>
        private void ReleaseWaiting()
        {
            if (owner._waiting.Count == 0)
            {
                return;
            }

            foreach (var customer in owner._waiting.Keys.Where(Knows).ToList())
            {
                foreach (var (key, value) in owner._waiting[customer])
                {
                    Set(customer, key, value);
                }

                owner._waiting.Remove(customer);
            }
        }

        private void Set(string customer, string key, string value)
        {
            if (_builder is not null)
            {
                _builder.SetAttribute(customer, key, value, overwrite: true);
            }
            else
            {
                _appender!.SetAttribute(customer, key, value);
            }
        }

        private void AddProperties(string? json)
        {
            if (json is null)
            {
                return;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(json);
            }
            catch (JsonException)
            {
                Replaced++;
                return;
            }

            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    Replaced++;
                    return;
                }

                foreach (var p in doc.RootElement.EnumerateObject())
                {
                    AddProperty(p);
                }
            }
        }

        private void AddProperty(JsonProperty p)
        {
            var name = JsonText.NameRepaired(p, out var badName);
            var badValue = false;
            var value = p.Value.ValueKind == JsonValueKind.String ? JsonText.ReadRepaired(p.Value, out badValue) : p.Value.GetRawText();
            Replaced += (badName ? 1 : 0) + (badValue ? 1 : 0);
            if (_builder is not null)
            {
                _builder.AddProperty(name, value);
            }
            else
            {
                _appender!.AddProperty(name, value);
            }
        }
    }
}
