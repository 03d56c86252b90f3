using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Imports;

/// <summary>
/// Stores an imported log: events with <see cref="StableEventIds"/> (so a re-upload stores nothing new) in one
/// append, which is one transaction (a database failure part way stores none of them), then the customer
/// attributes. Runs only after the whole file was read, so a file that fails stores nothing. Every event's names fit
/// the store: the importer was given <see cref="EventText.MaxLength"/> and rejected other rows with their line.
/// </summary>
internal static class UploadStore
{
    public static async Task<(long Imported, long Duplicates)> SaveAsync(IEventStore store, EventSourceKey source, EventLog log, CancellationToken ct)
    {
        var events = new List<NewEvent>(log.EventCount);
        var ids = new StableEventIds();
        for (var customer = 0; customer < log.CustomerCount; customer++)
        {
            ids.StartCustomer();
            var range = log.EventsOf(customer);
            for (var index = range.Start.Value; index < range.End.Value; index++)
            {
                var e = log.GetEvent(index);
                events.Add(new NewEvent(ids.Next(e), e.CustomerId, e.Timestamp?.UtcTicks ?? 0, e.Activity, e.Channel, Properties(e)));
            }
        }

        var stored = await store.AppendAsync(source, events, ct);
        await store.SetAttributesAsync(source, Attributes(log), ct);
        return (stored.Appended, stored.Duplicates);
    }

    private static string? Properties(JourneyEvent e) =>
        e.Properties.Count == 0 ? null : JsonSerializer.Serialize(e.Properties);

    private static List<CustomerAttribute> Attributes(EventLog log)
    {
        var rows = new List<CustomerAttribute>();
        var keys = log.Attributes.Keys;
        for (var key = 0; key < keys.Count; key++)
        {
            if (EventText.Problem(keys[key]) is not null)
            {
                continue;
            }

            for (var customer = 0; customer < log.CustomerCount; customer++)
            {
                var value = log.Attributes.ValueId(customer, key);
                var id = log.Customers[customer];
                // A customer whose id cannot be stored had no event stored either; a NUL in a value would fail the batch.
                if (value >= 0 && EventText.Problem(id) is null && !log.Attributes.Values[value].Contains('\0', StringComparison.Ordinal))
                {
                    rows.Add(new CustomerAttribute(id, keys[key], log.Attributes.Values[value]));
                }
            }
        }

        return rows;
    }
}
