namespace Waymark.Analytics.Generation;

/// <summary>One attribute of a generated customer (plan, region, ...), for segments.</summary>
public sealed record GeneratedAttribute(string CustomerId, string Key, string Value);
