namespace Waymark.Analytics.Engine;

/// <summary>One funnel step's figures. Conversions are fractions 0..1; drop-off counts customers lost since the previous step.</summary>
public sealed record FunnelStepResult(
    string Name,
    long Customers,
    double ConversionFromFirst,
    double ConversionFromPrevious,
    long DropOff,
    DurationSummary TimeFromPrevious);
