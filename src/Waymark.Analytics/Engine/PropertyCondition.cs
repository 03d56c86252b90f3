namespace Waymark.Analytics.Engine;

/// <summary>An event condition: the event's property <see cref="Key"/> equals <see cref="Value"/> (ordinal).</summary>
public readonly record struct PropertyCondition(string Key, string Value);
