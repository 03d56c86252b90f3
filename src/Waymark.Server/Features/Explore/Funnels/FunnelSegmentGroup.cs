using Waymark.Analytics.Engine;

namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>One segment of a breakdown by segment: its id, name, and the engine's filter of the scope narrowed to it.</summary>
internal sealed record FunnelSegmentGroup(string Id, string Name, EventFilter Filter);
