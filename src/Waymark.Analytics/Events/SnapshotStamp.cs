namespace Waymark.Analytics.Events;

/// <summary>
/// What a snapshot of a source's log says about where it came from: the workspace and source, the store it was
/// read from (<paramref name="StoreIdentity"/>, whatever the store can prove it by) and the store's sequences of the
/// last event and attribute write it includes, from which a reader catches up.
/// </summary>
public readonly record struct SnapshotStamp(
    string WorkspaceId,
    string SourceId,
    string StoreIdentity,
    long LastSequence,
    long LastAttributeSequence);
