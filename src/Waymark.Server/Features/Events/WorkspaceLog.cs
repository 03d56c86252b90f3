using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Events;

/// <summary>
/// One workspace's cached events (in sequence order) and the log built from them. Rows are kept parsed, with
/// names interned, so a rebuild after an append costs no JSON parsing and no new strings.
/// </summary>
internal sealed class WorkspaceLog
{
    private readonly List<CachedEvent> _events = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Customer, string Key), string> _attributes = [];

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long LastSequence { get; private set; }

    public long LastAttributeSequence { get; private set; }

    public EventLog? Log { get; set; }

    /// <summary>Keeps the latest value of a customer's attribute (rows arrive in sequence order).</summary>
    public void SetAttribute(StoredAttribute a)
    {
        _attributes[(Intern(a.CustomerId), Intern(a.Key))] = Intern(a.Value);
        LastAttributeSequence = a.Sequence;
    }

    public void Add(StoredEvent e)
    {
        var channel = e.Channel is null ? null : Intern(e.Channel);
        _events.Add(new CachedEvent(Intern(e.CustomerId), e.UtcTicks, Intern(e.Activity), channel, ParseProperties(e.Properties)));
        LastSequence = e.Sequence;
    }

    public EventLog Build()
    {
        var builder = new EventLogBuilder();
        foreach (var e in _events)
        {
            if (e.Properties is { } pairs)
            {
                for (var i = 0; i < pairs.Length; i += 2)
                {
                    builder.AddProperty(pairs[i], pairs[i + 1]);
                }
            }

            builder.Add(e.Customer, e.Ticks, e.Activity, e.Channel);
        }

        // Only customers with events enter the log; the others get their attributes once their events arrive.
        foreach (var ((customer, key), value) in _attributes)
        {
            if (builder.Customers.IdOf(customer) >= 0)
            {
                builder.SetAttribute(customer, key, value, overwrite: true);
            }
        }

        return builder.Build();
    }

    /// <summary>Keys and values alternating, or null when the event has none.</summary>
    private string[]? ParseProperties(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(json);
        var pairs = new List<string>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            pairs.Add(Intern(p.Name));
            pairs.Add(Intern(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()));
        }

        return pairs.Count == 0 ? null : [.. pairs];
    }

    private string Intern(string name)
    {
        if (_names.TryGetValue(name, out var known))
        {
            return known;
        }

        _names[name] = name;
        return name;
    }

    private sealed record CachedEvent(string Customer, long Ticks, string Activity, string? Channel, string[]? Properties);
}
