using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Events;

/// <summary>One workspace's cached events (in sequence order) and the log built from them.</summary>
internal sealed class WorkspaceLog
{
    private readonly List<StoredEvent> _events = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long LastSequence { get; private set; }

    public EventLog? Log { get; set; }

    /// <summary>Keeps the row; repeated customer, activity and channel names share one string.</summary>
    public void Add(StoredEvent e)
    {
        _events.Add(e with { CustomerId = Intern(e.CustomerId), Activity = Intern(e.Activity), Channel = e.Channel is null ? null : Intern(e.Channel) });
        LastSequence = e.Sequence;
    }

    public EventLog Build()
    {
        var builder = new EventLogBuilder();
        foreach (var e in _events)
        {
            if (e.Properties is not null)
            {
                AddProperties(builder, e.Properties);
            }

            builder.Add(e.CustomerId, e.UtcTicks, e.Activity, e.Channel);
        }

        return builder.Build();
    }

    private static void AddProperties(EventLogBuilder builder, string json)
    {
        using var doc = JsonDocument.Parse(json);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            builder.AddProperty(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
        }
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
}
