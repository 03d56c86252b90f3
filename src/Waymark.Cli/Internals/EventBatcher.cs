using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Waymark.Analytics.Events;

namespace Waymark.Cli;

/// <summary>
/// Turns an imported log into NDJSON batches for the ingestion API. Each event gets a <see cref="StableEventIds"/>
/// id, so re-running an import, retrying a batch or importing an overlapping export never stores an event twice.
/// </summary>
internal sealed class EventBatcher
{
    /// <summary>Well under the server's 10 MB default, so a batch of long property lists still fits.</summary>
    public const int MaxBatchBytes = 4 * 1024 * 1024;

    private readonly EventLog _log;
    private readonly int _batchSize;

    public EventBatcher(EventLog log, int batchSize)
    {
        _log = log;
        _batchSize = batchSize;
    }

    /// <summary>Batches in log order; <see cref="NdjsonBatch.First"/> is the log index of the batch's first event.</summary>
    public IEnumerable<NdjsonBatch> Batches()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var ids = new StableEventIds();
        var first = 0;
        for (var customer = 0; customer < _log.CustomerCount; customer++)
        {
            ids.StartCustomer();
            var range = _log.EventsOf(customer);
            for (var index = range.Start.Value; index < range.End.Value; index++)
            {
                Write(buffer, _log.GetEvent(index), ids);
                if (index + 1 - first >= _batchSize || buffer.WrittenCount >= MaxBatchBytes)
                {
                    yield return new NdjsonBatch(first, index + 1 - first, buffer.WrittenMemory.ToArray());
                    buffer.Clear();
                    first = index + 1;
                }
            }
        }

        if (_log.EventCount > first)
        {
            yield return new NdjsonBatch(first, _log.EventCount - first, buffer.WrittenMemory.ToArray());
        }
    }

    private static void Write(ArrayBufferWriter<byte> buffer, JourneyEvent e, StableEventIds ids)
    {
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", ids.Next(e));
            json.WriteString("customerId", e.CustomerId);
            if (e.Timestamp is { } time)
            {
                json.WriteString("timestamp", time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            }

            json.WriteString("activity", e.Activity);
            if (e.Channel is not null)
            {
                json.WriteString("channel", e.Channel);
            }

            WriteProperties(json, e.Properties);
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, string> properties)
    {
        if (properties.Count == 0)
        {
            return;
        }

        json.WriteStartObject("properties");
        foreach (var (name, value) in properties)
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
    }
}
