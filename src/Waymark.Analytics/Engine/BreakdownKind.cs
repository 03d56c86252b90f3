namespace Waymark.Analytics.Engine;

/// <summary>What a funnel is broken down by.</summary>
public enum BreakdownKind
{
    None,

    /// <summary>A customer attribute (plan, region, ...).</summary>
    Attribute,

    /// <summary>The channel of the event that completed the first step.</summary>
    FirstStepChannel,
}
