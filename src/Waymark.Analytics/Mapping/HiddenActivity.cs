namespace Waymark.Analytics.Mapping;

/// <summary>An activity customers do that no step of the map is bound to (a "hidden journey").</summary>
public sealed record HiddenActivity(string Name, long Events, long Customers);
