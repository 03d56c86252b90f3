using Waymark.Analytics.Events;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// The consumer's part of the parallel CSV read: interns a parsed block's names and appends its events, blocks
/// taken in input order so ids are numbered as a sequential read numbers them.
/// </summary>
internal sealed class CsvBlockAppender(EventLogBuilder builder)
{
    private readonly NameCache _activities = NameCache.For(builder.Activities);
    private readonly NameCache _channels = new(builder.ChannelId);
    private int _lastCustomerId = -1;
    private int _warm;

    public void Append(CsvBlock block)
    {
        var chars = block.Chars.AsSpan();
        var fields = block.Fields;
        WarmCustomers(block);
        for (var row = 0; row < block.Rows; row++)
        {
            var at = row * CsvBlock.FieldsPerRow;
            if (fields[at] < 0)
            {
                continue;
            }

            var customer = fields[at + 7] == 1 ? _lastCustomerId : CustomerId(chars.Slice(fields[at], fields[at + 1]), fields[at + 6]);
            var activity = _activities.IdOf(chars.Slice(fields[at + 2], fields[at + 3]), builder.Activities);
            var channel = fields[at + 5] == 0 ? 0 : _channels.IdOf(chars.Slice(fields[at + 4], fields[at + 5]), builder.Channels);
            builder.Add(customer, block.Ticks[row], activity, channel);
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
    /// Touches the hash-table lines of the block's customers before interning them: independent loads overlap, so
    /// the cache misses are paid together instead of one after another.
    /// </summary>
    private void WarmCustomers(CsvBlock block)
    {
        var fields = block.Fields;
        for (var row = 0; row < block.Rows; row++)
        {
            var at = row * CsvBlock.FieldsPerRow;
            if (fields[at] >= 0 && fields[at + 7] == 0)
            {
                _warm ^= builder.Customers.Touch(fields[at + 6]);
            }
        }
    }
}
