using Waymark.Analytics.Events;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// The consumer's part of the parallel CSV read: interns a parsed block's names and appends its events, blocks
/// taken in input order so ids are numbered as a sequential read numbers them. A block's activities and channels
/// are interned once each (in order of first appearance), its customers once per run of rows, and its events are
/// appended as whole columns.
/// </summary>
internal sealed class CsvBlockAppender(EventLogBuilder builder)
{
    private int[] _activityIds = new int[64];
    private int[] _channelIds = new int[64];
    private int _lastCustomerId = -1;
    private int _warm;

    public void Append(CsvBlock block)
    {
        var activities = InternActivities(block);
        var channels = InternChannels(block);
        WarmCustomers(block);
        var chars = block.Chars.AsSpan();
        var fields = block.Fields;
        for (var row = 0; row < block.Rows; row++)
        {
            var at = row * CsvBlock.FieldsPerRow;
            block.CustomerIds[row] = fields[at + 3] == 1 ? _lastCustomerId : CustomerId(chars.Slice(fields[at], fields[at + 1]), fields[at + 2]);
            block.ActivityIds[row] = (ushort)activities[block.LocalActivity[row]];
            block.ChannelIds[row] = (ushort)channels[block.LocalChannel[row]];
        }

        builder.AddRows(block.CustomerIds.AsSpan(0, block.Rows), block.Ticks.AsSpan(0, block.Rows), block.ActivityIds.AsSpan(0, block.Rows), block.ChannelIds.AsSpan(0, block.Rows));
    }

    /// <summary>Global ids of the block's activities, by local id.</summary>
    private int[] InternActivities(CsvBlock block)
    {
        var names = block.Activities;
        Ensure(ref _activityIds, names.Count);
        for (var id = 0; id < names.Count; id++)
        {
            _activityIds[id] = builder.ActivityId(names.Name(block.Chars, id));
        }

        return _activityIds;
    }

    /// <summary>Global ids of the block's channels, by local id + 1 (entry 0: no channel).</summary>
    private int[] InternChannels(CsvBlock block)
    {
        var names = block.Channels;
        Ensure(ref _channelIds, names.Count + 1);
        _channelIds[0] = 0;
        for (var id = 0; id < names.Count; id++)
        {
            _channelIds[id + 1] = builder.ChannelId(names.Name(block.Chars, id));
        }

        return _channelIds;
    }

    private static void Ensure(ref int[] ids, int count)
    {
        if (ids.Length < count)
        {
            ids = new int[Math.Max(ids.Length * 2, count)];
        }
    }

    private int CustomerId(ReadOnlySpan<char> customer, int hash)
    {
        if (_lastCustomerId < 0 || !customer.SequenceEqual(builder.Customers.SpanOf(_lastCustomerId)))
        {
            _lastCustomerId = builder.Customers.GetOrAdd(customer, hash);
        }

        return _lastCustomerId;
    }

    /// <summary>
    /// Touches the hash-table lines of the block's new customers before interning them: independent loads overlap,
    /// so the cache misses are paid together instead of one after another.
    /// </summary>
    private void WarmCustomers(CsvBlock block)
    {
        var fields = block.Fields;
        for (var row = 0; row < block.Rows; row++)
        {
            var at = row * CsvBlock.FieldsPerRow;
            if (fields[at + 3] == 0)
            {
                _warm ^= builder.Customers.Touch(fields[at + 2]);
            }
        }
    }
}
