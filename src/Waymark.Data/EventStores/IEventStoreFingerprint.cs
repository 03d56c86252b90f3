namespace Waymark.Data.EventStores;

/// <summary>
/// A store that can prove a copy of a source's rows is still its own (docs/adr/059-event-log-snapshots.md): the
/// relational stores, whose rows below a sequence never change while the source exists (appends only; attribute
/// writes move a row to a new sequence; rows go only with their workspace). ClickHouse does not offer it.
/// </summary>
public interface IEventStoreFingerprint
{
    /// <summary>
    /// A text that stays the same while the store holds the same rows up to these sequences: the store's kind, the
    /// source's first event and the event at <paramref name="lastSequence"/>, each with its content. Null when the
    /// event at <paramref name="lastSequence"/> or the attribute writes up to <paramref name="lastAttributeSequence"/>
    /// are gone (the workspace was deleted, or the database is another one).
    /// </summary>
    public Task<string?> FingerprintAsync(EventSourceKey source, long lastSequence, long lastAttributeSequence, CancellationToken ct = default);
}
