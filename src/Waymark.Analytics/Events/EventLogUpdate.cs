using System.Text.Json;
using Waymark.Core.Text;

namespace Waymark.Analytics.Events;

/// <summary>
/// One update of an <see cref="IncrementalEventLog"/>: new events and attribute writes, in store order, become the
/// log's next snapshot at <see cref="Commit"/>. Properties are read leniently, so no stored row stops an update: a
/// name or value that is not text is replaced by U+FFFD and a properties text that is not a JSON object is left out,
/// each counted in <see cref="Replaced"/>.
/// </summary>
public sealed class EventLogUpdate
{
    private readonly IncrementalEventLog _owner;
    private readonly EventLog? _basedOn;
    private EventLogBuilder? _builder;
    private EventLogAppender? _appender;
    private readonly List<(string Customer, string Key, string Value)> _attributes = [];

    internal EventLogUpdate(IncrementalEventLog owner, EventLog? basedOn)
    {
        _owner = owner;
        _basedOn = basedOn;
        _builder = basedOn is null ? new EventLogBuilder() : null;
        _appender = basedOn is null ? null : new EventLogAppender(basedOn);
    }

    /// <summary>Values this update replaced or left out (see the class summary).</summary>
    public long Replaced { get; private set; }

    /// <summary>Adds an event; <paramref name="properties"/> is the stored JSON object text, or null.</summary>
    public void AddEvent(string customerId, long utcTicks, string activity, string? channel, string? properties)
    {
        ObjectDisposedException.ThrowIf(!HoldsInput, this); // committed: its input is gone with its builder
        AddProperties(properties);
        if (_builder is not null)
        {
            _builder.Add(customerId, utcTicks, activity, channel);
        }
        else
        {
            _appender!.Add(customerId, utcTicks, activity, channel);
        }
    }

    /// <summary>An attribute set or changed (writes come in store order: a later one wins).</summary>
    public void SetAttribute(string customerId, string key, string value) => _attributes.Add((customerId, key, value));

    /// <summary>Makes the log's next snapshot and returns it; the owner's earlier snapshots stay as they were.</summary>
    public EventLog Commit()
    {
        _owner.EnsureCurrent(_basedOn);

        // Attributes go in after this update's events, so a customer whose first events came with them is known.
        foreach (var (customer, key, value) in _attributes)
        {
            if (Knows(customer))
            {
                Set(customer, key, value);
            }
            else
            {
                Wait(customer, key, value);
            }
        }

        ReleaseWaiting();
        var log = _builder?.Build() ?? _appender!.Build();

        // The builder's input columns (grown by doubling, about 27 B an event at 10M) are garbage once the log is built:
        // an update its caller still holds (an async method's state) must not keep them alive beside the log.
        (_builder, _appender) = (null, null);
        _owner.Accept(log, Replaced);
        return log;
    }

    /// <summary>Whether the update still holds its builder's input: until <see cref="Commit"/>.</summary>
    internal bool HoldsInput => _builder is not null || _appender is not null;

    private bool Knows(string customer) => _builder?.Customers.IdOf(customer) >= 0 || _appender?.Knows(customer) == true;

    private void Wait(string customer, string key, string value)
    {
        if (!_owner.Waiting.TryGetValue(customer, out var list))
        {
            _owner.Waiting[customer] = list = [];
        }

        list.RemoveAll(p => p.Key == key);
        list.Add((key, value));
    }

    /// <summary>Customers whose first events arrived in this update get the attributes that waited for them.</summary>
    private void ReleaseWaiting()
    {
        if (_owner.Waiting.Count == 0)
        {
            return;
        }

        foreach (var customer in _owner.Waiting.Keys.Where(Knows).ToList())
        {
            foreach (var (key, value) in _owner.Waiting[customer])
            {
                Set(customer, key, value);
            }

            _owner.Waiting.Remove(customer);
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
