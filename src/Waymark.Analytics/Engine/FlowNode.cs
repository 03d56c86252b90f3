namespace Waymark.Analytics.Engine;

/// <summary>An activity in the flow graph: events, distinct customers, and customers starting / ending with it.</summary>
public sealed record FlowNode(string Activity, long Events, long Customers, long Starts, long Ends);
