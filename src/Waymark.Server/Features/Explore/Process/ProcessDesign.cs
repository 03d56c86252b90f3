namespace Waymark.Server.Features.Explore.Process;

/// <summary>The map's designed order: its steps in order, each with the activities it is bound to.</summary>
public sealed record ProcessDesign(string MapId, string MapName, IReadOnlyList<ProcessDesignStep> Steps);
