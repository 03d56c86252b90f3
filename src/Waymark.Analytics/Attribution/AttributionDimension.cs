namespace Waymark.Analytics.Attribution;

/// <summary>What a touch is: the event's channel, or the map step (touchpoint) the event is bound to.</summary>
public enum AttributionDimension
{
    Channel,
    Touchpoint,
}
