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

        if (filter.PropertyKey is not null)
        {
            _propertyKey = log.Properties.Keys.IdOf(filter.PropertyKey);
            _propertyValue = log.Properties.Values.IdOf(filter.PropertyValue ?? "");
            _impossible |= _propertyKey < 0 || _propertyValue < 0 || log.PropertySet is null;
        }

        HasEventFilter = _from != long.MinValue || _to != long.MaxValue || filter.PropertyKey is not null;
        IsEmpty = !HasEventFilter && _did.Length == 0 && _didNot.Length == 0 && _attributeValues is null && !_impossible;
    }

    public bool IsEmpty { get; }

    public bool HasEventFilter { get; }

    /// <summary>Customer-level checks that need no events (attributes, an unknown activity in Did).</summary>
    public bool AdmitsCustomer(int customer) =>
        !_impossible && (_attributeValues is null || _attributeValues.Contains(_log.Attributes.ValueId(customer, _attributeKey)));

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
