using System.Text.Json;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Ingest;

/// <summary>A parsed batch: the valid events in order and the rejected ones with index and reason.</summary>
internal sealed class IngestBatch
{
    public List<NewEvent> Events { get; } = [];

    public List<IngestRejection> Rejected { get; } = [];

    /// <summary>Set when the body as a whole cannot be read (not a JSON array).</summary>
    public string? Fatal { get; private set; }

    public static IngestBatch FromJsonArray(ReadOnlyMemory<byte> body)
    {
        var batch = new IngestBatch();
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                batch.Fatal = "The body must be a JSON array of events (or NDJSON with Content-Type application/x-ndjson).";
                return batch;
            }

            var index = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                batch.Take(element, index++, line: null);
            }
        }
        catch (JsonException ex)
        {
            batch.Fatal = $"The body is not valid JSON: {ex.Message}";
        }

        return batch;
    }

    /// <summary>One event per line; blank lines are skipped; a line that is not JSON is rejected alone.</summary>
    public static IngestBatch FromNdjson(ReadOnlySpan<byte> body)
    {
        var batch = new IngestBatch();
        var (index, line) = (0, 0);
        while (!body.IsEmpty)
        {
            line++;
            var end = body.IndexOf((byte)'\n');
            var text = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (text.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(text.ToArray());
                batch.Take(doc.RootElement, index, line);
            }
            catch (JsonException ex)
            {
                batch.Rejected.Add(new IngestRejection(index, line, $"not valid JSON: {ex.Message}"));
            }

            index++;
        }

        return batch;
    }

    private void Take(JsonElement element, int index, int? line)
    {
        var (e, reason) = IngestEventReader.Read(element);
        if (e is null)
        {
            Rejected.Add(new IngestRejection(index, line, reason!));
        }
        else
        {
            Events.Add(e);
        }
    }
}
