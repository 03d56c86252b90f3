using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Imports;

/// <summary>
/// Stores an imported log: events with <see cref="StableEventIds"/> (so a re-upload stores nothing new) in one
/// append, which is one transaction (a database failure part way stores none of them), then the customer
/// attributes. Runs only after the whole file was read, so a file that fails stores nothing.
/// </summary>
internal static class UploadStore
{
    private const int MaxName = 200;

    public static async Task<(long Imported, long Duplicates, List<UploadProblem> Skipped)> SaveAsync(
        IEventStore store, string workspaceId, EventLog log, CancellationToken ct)
    {
        var skipped = new List<UploadProblem>();
        var events = new List<NewEvent>(log.EventCount);
        var ids = new StableEventIds();
        for (var customer = 0; customer < log.CustomerCount; customer++)
        {
            ids.StartCustomer();
            var range = log.EventsOf(customer);
            for (var index = range.Start.Value; index < range.End.Value; index++)
            {
                var e = log.GetEvent(index);
                var id = ids.Next(e);
                if (TooLong(e) is { } reason)
                {
                    skipped.Add(new UploadProblem(null, reason));
                    continue;
                }

                events.Add(new NewEvent(id, e.CustomerId, e.Timestamp?.UtcTicks ?? 0, e.Activity, e.Channel, Properties(e)));
            }
        }

        var stored = await store.AppendAsync(workspaceId, events, ct);
        await store.SetAttributesAsync(workspaceId, Attributes(log), ct);
        return (stored.Appended, stored.Duplicates, skipped);
    }

    private static string? TooLong(JourneyEvent e) =>
        e.CustomerId.Length > MaxName ? $"customer '{e.CustomerId[..40]}...': the customer id is longer than {MaxName} characters"
        : e.Activity.Length > MaxName ? $"customer '{e.CustomerId}': the activity '{e.Activity[..40]}...' is longer than {MaxName} characters"
        : e.Channel?.Length > MaxName ? $"customer '{e.CustomerId}': the channel is longer than {MaxName} characters"
        : HasNul(e) ? $"customer '{e.CustomerId.Replace('\0', '?')}': a NUL character (\\u0000) in the customer id, activity or channel, which no database stores as text"
        : null;

    private static bool HasNul(JourneyEvent e) =>
        e.CustomerId.Contains('\0', StringComparison.Ordinal) || e.Activity.Contains('\0', StringComparison.Ordinal)
        || (e.Channel?.Contains('\0', StringComparison.Ordinal) ?? false);

    private static string? Properties(JourneyEvent e) =>
        e.Properties.Count == 0 ? null : JsonSerializer.Serialize(e.Properties);

    private static List<CustomerAttribute> Attributes(EventLog log)
    {
        var rows = new List<CustomerAttribute>();
        var keys = log.Attributes.Keys;
        for (var key = 0; key < keys.Count; key++)
        {
            if (keys[key].Length > MaxName)
            {
                continue;
            }

            for (var customer = 0; customer < log.CustomerCount; customer++)
            {
                var value = log.Attributes.ValueId(customer, key);
                if (value >= 0)
                {
                    rows.Add(new CustomerAttribute(log.Customers[customer], keys[key], log.Attributes.Values[value]));
                }
            }
        }

        return rows;
    }
}
