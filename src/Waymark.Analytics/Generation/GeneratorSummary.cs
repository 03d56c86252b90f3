namespace Waymark.Analytics.Generation;

/// <summary>How much was written.</summary>
public sealed record GeneratorSummary(long Customers, long Events, long Feedback);
