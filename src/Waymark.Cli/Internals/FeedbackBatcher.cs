using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Waymark.Analytics.Feedback;

namespace Waymark.Cli;

/// <summary>
/// Turns feedback items into NDJSON batches for <c>/api/ingest/feedback</c> with the API's member names. Items the
/// file gives no id keep none: the server derives one from the content, so re-running an import adds nothing twice.
/// </summary>
internal static class FeedbackBatcher
{
    public static IEnumerable<NdjsonBatch> Batches(IReadOnlyList<FeedbackItem> items, int batchSize)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var first = 0;
        for (var i = 0; i < items.Count; i++)
        {
            Write(buffer, items[i]);
            if (i + 1 - first >= batchSize || buffer.WrittenCount >= EventBatcher.MaxBatchBytes || i == items.Count - 1)
            {
                yield return new NdjsonBatch(first, i + 1 - first, buffer.WrittenMemory.ToArray());
                buffer.Clear();
                first = i + 1;
            }
        }
    }

    private static void Write(ArrayBufferWriter<byte> buffer, FeedbackItem f)
    {
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteIf(json, "id", f.Id.Length > 0 ? f.Id : null);
            WriteIf(json, "customerId", f.CustomerId);
            json.WriteString("time", new DateTime(f.UtcTicks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            WriteIf(json, "stepId", f.StepId);
            WriteIf(json, "activity", f.Activity);
            WriteIf(json, "scoreType", FeedbackNames.Of(f.ScoreType));
            if (f.Score is { } score)
            {
                json.WriteNumber("score", score);
            }

            WriteIf(json, "text", f.Text);
            json.WriteString("source", FeedbackNames.Of(f.Source));
            json.WriteBoolean("solicited", f.Solicited);
            WriteIf(json, "language", f.Language);
            if (f.Properties is not null)
            {
                json.WritePropertyName("properties");
                json.WriteRawValue(f.Properties);
            }

            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
    }

    private static void WriteIf(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
