using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Waymark.Analytics.Events;

namespace Waymark.Cli;

/// <summary>
/// Turns an imported log into NDJSON batches for the ingestion API. Each event gets an id derived from its content
/// (customer, time, activity, channel, properties) and how many identical events precede it for that customer, so
/// re-running an import, retrying a batch or importing an overlapping export never stores an event twice.
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

    /// <summary>Batches in log order; <see cref="Batch.First"/> is the log index of the batch's first event.</summary>
    public IEnumerable<Batch> Batches()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = 0;
        for (var customer = 0; customer < _log.CustomerCount; customer++)
        {
            seen.Clear();
            var range = _log.EventsOf(customer);
            for (var index = range.Start.Value; index < range.End.Value; index++)
            {
                Write(buffer, _log.GetEvent(index), seen);
                if (index + 1 - first >= _batchSize || buffer.WrittenCount >= MaxBatchBytes)
                {
                    yield return new Batch(first, index + 1 - first, buffer.WrittenMemory.ToArray());
                    buffer.Clear();
                    first = index + 1;
                }
            }
        }

        if (_log.EventCount > first)
        {
            yield return new Batch(first, _log.EventCount - first, buffer.WrittenMemory.ToArray());
        }
    }

    private static void Write(ArrayBufferWriter<byte> buffer, JourneyEvent e, Dictionary<string, int> seen)
    {
        using (var json = new Utf8JsonWriter(buffer))
        {
            var content = Content(e);
            seen[content] = seen.TryGetValue(content, out var n) ? n + 1 : 0;
            json.WriteStartObject();
            json.WriteString("id", IdOf(content, seen[content]));
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

    private static string Content(JourneyEvent e)
    {
        var text = new StringBuilder();
        text.Append(e.CustomerId).Append('\u001f').Append(e.Timestamp?.UtcTicks.ToString(CultureInfo.InvariantCulture))
            .Append('\u001f').Append(e.Activity).Append('\u001f').Append(e.Channel);
        foreach (var (name, value) in e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('\u001f').Append(name).Append('=').Append(value);
        }

        return text.ToString();
    }

    private static string IdOf(string content, int occurrence)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content + "\u001e" + occurrence.ToString(CultureInfo.InvariantCulture)));
        return "imp_" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>One NDJSON request body: <see cref="Count"/> events starting at log index <see cref="First"/>.</summary>
    public readonly record struct Batch(int First, int Count, byte[] Ndjson);
}
