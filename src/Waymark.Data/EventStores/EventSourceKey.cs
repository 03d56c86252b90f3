namespace Waymark.Data.EventStores;

/// <summary>
/// One event source of one workspace: where events are appended and what one log is read from. The workspace is kept
/// beside the source id so that every query stays inside the workspace it was asked for.
/// </summary>
public readonly record struct EventSourceKey(string WorkspaceId, string SourceId);
