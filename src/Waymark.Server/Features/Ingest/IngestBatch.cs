using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Ingest;

/// <summary>A parsed batch of events: the valid ones in order and the rejected ones with index, path and reason.</summary>
internal sealed class IngestBatch
{
    public List<NewEvent> Events { get; } = [];

    public List<IngestRejection> Rejected { get; } = [];

    /// <summary>Set when the body as a whole cannot be read (not a JSON array).</summary>
    public IngestFatal? Fatal { get; private set; }

    public static IngestBatch Read(ReadOnlyMemory<byte> body, bool ndjson)
    {
        var batch = new IngestBatch();
        var names = new IngestNames();
        if (ndjson)
        {
            batch.Events.Capacity = body.Span.Count((byte)'\n') + 1; // an event a line, nearly always
        }

        batch.Fatal = IngestItems.ForEach(body, ndjson, "events", member: null,
            (element, index, line) =>
            {
                var (e, member, reason) = IngestEventReader.Read(element);
                if (e is null)
                {
                    batch.Rejected.Add(new IngestRejection(index, line, IngestItems.PathOf(null, line, index, member), reason!));
                }
                else
                {
                    batch.Events.Add(e);
                }
            },
            (index, line, reason) => batch.Rejected.Add(new IngestRejection(index, line, "$", reason)),
            json =>
            {
                // The usual event needs no document (PlainEventReader); anything else is read in full below.
                var e = PlainEventReader.TryRead(json.Span, names);
                if (e is not null)
                {
                    batch.Events.Add(e);
                }

                return e is not null;
            });
        return batch;
    }
}
