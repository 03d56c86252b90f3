namespace Waymark.Analytics.Engine;

/// <summary>All variants counted; the top ones by customers (ties: activity sequence, ordinal) reported.</summary>
public sealed record VariantResult(long Customers, int VariantCount, IReadOnlyList<Variant> Top);
