namespace Waymark.Analytics.Feedback;

/// <summary>How a piece of feedback found its step (docs/analytics.md, "Voice of the customer"); rules tried in this order.</summary>
public enum PlacementMethod
{
    /// <summary>No rule placed it.</summary>
    Unplaced,

    /// <summary>Its explicit step id is a step of the map.</summary>
    Step,

    /// <summary>Its explicit activity is bound to a step.</summary>
    Activity,

    /// <summary>The customer's nearest preceding bound event within the window.</summary>
    Event,

    /// <summary>Its text holds a step's keyword alias.</summary>
    Keyword,
}
