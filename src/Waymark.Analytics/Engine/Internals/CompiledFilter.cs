using Waymark.Analytics.Events;

namespace Waymark.Analytics.Engine.Internals;

/// <summary>An <see cref="EventFilter"/> resolved to ids once, checked per event and customer without allocating.</summary>
internal sealed class CompiledFilter
{
    private readonly EventLog _log;
    private readonly long _from = long.MinValue;
    private readonly long _to = long.MaxValue;
    private readonly ushort[] _did = [];
    private readonly ushort[] _didNot = [];
    private readonly int _attributeKey = -1;
    private readonly HashSet<int>? _attributeValues;
    private readonly (int Key, HashSet<int> Values)[] _attributes = [];
    private readonly bool[]? _channels;
    private readonly int _propertyKey = -1;
    private readonly int _propertyValue = -1;
    private readonly bool _impossible;

    public CompiledFilter(EventLog log, in EventFilter filter)
    {
        _log = log;
        _from = filter.From?.UtcTicks ?? long.MinValue;
        _to = filter.To?.UtcTicks ?? long.MaxValue;
        _did = Resolve(log, filter.Did, out var missingDid);
        _didNot = Resolve(log, filter.DidNot, out _);
        _impossible = missingDid;
        if (filter.AttributeKey is not null)
        {
            _attributeKey = log.Attributes.Keys.IdOf(filter.AttributeKey);
            _attributeValues = [.. (filter.AttributeValues ?? []).Select(v => log.Attributes.Values.IdOf(v)).Where(id => id >= 0)];
            _impossible |= _attributeKey < 0;
        }

        _attributes = ResolveAttributes(log, filter.Attributes, ref _impossible);
        _channels = ResolveChannels(log, filter.Channels);
        if (filter.PropertyKey is not null)
        {
            _propertyKey = log.Properties.Keys.IdOf(filter.PropertyKey);
            _propertyValue = log.Properties.Values.IdOf(filter.PropertyValue ?? "");
            _impossible |= _propertyKey < 0 || _propertyValue < 0 || log.PropertySet is null;
        }

        Matches = filter.Events is { } matches ? new CompiledMatches(log, matches) : null;
        HasEventFilter = _from != long.MinValue || _to != long.MaxValue || filter.PropertyKey is not null;
        IsEmpty = !HasEventFilter && _did.Length == 0 && _didNot.Length == 0 && _attributeValues is null && !_impossible &&
            _attributes.Length == 0 && _channels is null && Matches is null;
    }

    /// <summary>The events an analysis is shown, applied after the customer conditions; null: every event.</summary>
    public CompiledMatches? Matches { get; }

    public bool IsEmpty { get; }

    public bool HasEventFilter { get; }

    /// <summary>A pass copies each customer's kept events (a period, a property, the events a list matches) instead
    /// of reading them where they lie.</summary>
    public bool FiltersEvents => HasEventFilter || Matches is not null;

    /// <summary>Customer-level checks that need no events (attributes, an unknown activity in Did).</summary>
    public bool AdmitsCustomer(int customer)
    {
        if (_impossible || (_attributeValues is not null && !_attributeValues.Contains(_log.Attributes.ValueId(customer, _attributeKey))))
        {
            return false;
        }

        foreach (var (key, values) in _attributes)
        {
            if (!values.Contains(_log.Attributes.ValueId(customer, key)))
            {
                return false;
            }
        }

        var first = _log.CustomerStart[customer];
        return _channels is null || (first < _log.CustomerStart[customer + 1] && _channels[_log.Channel[first]]);
    }

    public bool AdmitsEvent(int index)
    {
        var ticks = _log.Ticks[index];
        if (ticks < _from || ticks >= _to)
        {
            return false;
        }

        return _propertyKey < 0 || _log.Properties.ValueId(_log.PropertySet![index], _propertyKey) == _propertyValue;
    }

    /// <summary>Did / did-not checks on the events that passed the event conditions.</summary>
    public bool AdmitsActivities(ReadOnlySpan<ushort> activities)
    {
        foreach (var id in _did)
        {
            if (!activities.Contains(id))
            {
                return false;
            }
        }

        foreach (var id in _didNot)
        {
            if (activities.Contains(id))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An unknown key means no customer has the attribute, so nobody passes; unknown values never match.</summary>
    private static (int Key, HashSet<int> Values)[] ResolveAttributes(EventLog log, IReadOnlyList<AttributeCondition>? conditions, ref bool impossible)
    {
        var result = new List<(int, HashSet<int>)>();
        foreach (var condition in conditions ?? [])
        {
            var key = log.Attributes.Keys.IdOf(condition.Key);
            impossible |= key < 0;
            result.Add((key, [.. (condition.Values ?? []).Select(v => log.Attributes.Values.IdOf(v)).Where(id => id >= 0)]));
        }

        return [.. result];
    }

    /// <summary>Channel id 0 is "no channel", which no listed name can match.</summary>
    private static bool[]? ResolveChannels(EventLog log, IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return null;
        }

        var allowed = new bool[Math.Max(1, log.Channels.Count)];
        foreach (var name in names)
        {
            var id = log.Channels.IdOf(name);
            if (id > 0)
            {
                allowed[id] = true;
            }
        }

        return allowed;
    }

    private static ushort[] Resolve(EventLog log, IReadOnlyList<string>? names, out bool anyMissing)
    {
        anyMissing = false;
        var ids = new List<ushort>();
        foreach (var name in names ?? [])
        {
            var id = log.Activities.IdOf(name);
            anyMissing |= id < 0;
            if (id >= 0)
            {
                ids.Add((ushort)id);
            }
        }

        return [.. ids];
    }
}
