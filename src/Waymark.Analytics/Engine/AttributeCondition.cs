namespace Waymark.Analytics.Engine;

/// <summary>A customer condition: the customer's attribute <see cref="Key"/> is one of <see cref="Values"/>.</summary>
public sealed record AttributeCondition(string Key, IReadOnlyList<string> Values);
