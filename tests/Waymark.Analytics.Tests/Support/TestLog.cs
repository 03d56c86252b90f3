using System.Globalization;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Tests.Support;

/// <summary>
/// Builds small logs for hand-computed tests. An event is written "Activity@minutes" or
/// "Activity@minutes#channel", minutes counted from 2024-01-01T00:00Z.
/// </summary>
public sealed class TestLog
{
    public static readonly DateTimeOffset Origin = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly EventLogBuilder _builder = new();

    public TestLog Customer(string id, params string[] events)
    {
        foreach (var text in events)
        {
            var at = text.IndexOf('@', StringComparison.Ordinal);
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var minutes = double.Parse(hash < 0 ? text.AsSpan(at + 1) : text.AsSpan(at + 1, hash - at - 1), CultureInfo.InvariantCulture);
            var channel = hash < 0 ? ReadOnlySpan<char>.Empty : text.AsSpan(hash + 1);
            _builder.Add(id, Origin.AddMinutes(minutes).UtcTicks, text.AsSpan(0, at), channel);
        }

        return this;
    }

    public TestLog Attribute(string customer, string key, string value)
    {
        _builder.SetAttribute(customer, key, value);
        return this;
    }

    public EventLog Build() => _builder.Build();
}
