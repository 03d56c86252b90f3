using System.Buffers;

namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// One append's events as ClickHouse TabSeparated rows in UTF-8, formatted by the caller's thread before the batch
/// queues for its source's group writer (ADR 067), so the writer only copies bytes. Each row holds every column but the
/// sequence (not known until the group is written): <c>workspace, source, customer, ticks, activity, channel,
/// properties, event id</c> and a newline; the writer puts <c>seq</c> in front (the inserts name the columns in that
/// order). The event id is the last field, so an ids row is the row's first two fields and its last one.
/// </summary>
internal sealed class ClickHouseEventBatch
{
    private readonly int[] _starts;
    private readonly int[] _idStarts;
    private readonly ReadOnlyMemory<byte> _rows;

    public ClickHouseEventBatch(EventSourceKey source, IReadOnlyList<NewEvent> events)
    {
        Events = events;
        var buffer = new ArrayBufferWriter<byte>(events.Count * 96);
        ClickHouseText.AppendField(buffer, source.WorkspaceId);
        buffer.Write("\t"u8);
        ClickHouseText.AppendField(buffer, source.SourceId);
        buffer.Write("\t"u8);
        KeyLength = buffer.WrittenCount;
        _starts = new int[events.Count + 1];
        _idStarts = new int[events.Count];
        var key = buffer.WrittenSpan.ToArray();
        buffer.Clear();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (e.CustomerId is null || e.Activity is null)
            {
                throw new ArgumentException($"Event {i} of the batch has no customer id or activity.", nameof(events));
            }

            _starts[i] = buffer.WrittenCount;
            buffer.Write(key);
            Field(buffer, e.CustomerId);
            ClickHouseText.AppendNumber(buffer, e.UtcTicks);
            buffer.Write("\t"u8);
            Field(buffer, e.Activity);
            Field(buffer, e.Channel);
            Field(buffer, e.Properties);
            _idStarts[i] = buffer.WrittenCount;
            ClickHouseText.AppendField(buffer, e.EventId);
            buffer.Write("\n"u8);
        }

        _starts[events.Count] = buffer.WrittenCount;
        _rows = buffer.WrittenMemory;
    }

    public IReadOnlyList<NewEvent> Events { get; }

    /// <summary>The length of every row's first two fields (workspace and source with their tabs).</summary>
    public int KeyLength { get; }

    /// <summary>Row <paramref name="i"/> without its sequence, newline included.</summary>
    public ReadOnlySpan<byte> Row(int i) => _rows.Span[_starts[i].._starts[i + 1]];

    /// <summary>Row <paramref name="i"/>'s escaped event id with the newline (meaningful only when the event has an id).</summary>
    public ReadOnlySpan<byte> Id(int i) => _rows.Span[_idStarts[i].._starts[i + 1]];

    private static void Field(ArrayBufferWriter<byte> buffer, string? value)
    {
        ClickHouseText.AppendField(buffer, value);
        buffer.Write("\t"u8);
    }
}
