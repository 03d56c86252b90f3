using System.Globalization;
using System.Text.Json;
using Waymark.Core.Text;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Ingest;

/// <summary>Checks one event object of an ingestion batch and turns it into a <see cref="NewEvent"/>.</summary>
internal static class IngestEventReader
{
    /// <summary>The event, or the member to blame (a path relative to the event, null for all of it) and why.</summary>
    public static (NewEvent? Event, string? Member, string? Reason) Read(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return (null, null, "an event must be a JSON object");
        }

        // Every string and name, also of members this reader ignores, must be text before any is read.
        if (JsonText.FindInvalid(e) is { } bad)
        {
            return (null, bad, $"{bad} {Utf16Text.Problem}");
        }

        var customer = Text(e, "customerId", required: true);
        var activity = Text(e, "activity", required: true);
        var id = Text(e, "id", required: false);
        var channel = Text(e, "channel", required: false);
        var (ticks, timeProblem) = Timestamp(e);
        var (properties, propertyMember, propertyProblem) = Properties(e);
        var (member, reason) = customer.Reason is not null ? ("customerId", customer.Reason)
            : activity.Reason is not null ? ("activity", activity.Reason)
            : timeProblem is not null ? ("timestamp", timeProblem)
            : id.Reason is not null ? ("id", id.Reason)
            : channel.Reason is not null ? ("channel", channel.Reason)
            : (propertyMember, propertyProblem);
        return reason is not null
            ? (null, member, reason)
            : (new NewEvent(id.Value, customer.Value!, ticks, activity.Value!, channel.Value, properties), null, null);
    }

    private static (string? Value, string? Reason) Text(JsonElement e, string name, bool required)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return (null, required ? $"{name} is missing" : null);
        }

        if (p.ValueKind != JsonValueKind.String)
        {
            return (null, $"{name} must be a string");
        }

        var value = p.GetString()!.Trim(); // checked to be text by the caller
        if (value.Length == 0)
        {
            return (null, required ? $"{name} is empty" : null);
        }

        return EventText.Problem(value) is { } problem ? (null, $"{name} {problem}") : (value, null);
    }

    private static (long Ticks, string? Reason) Timestamp(JsonElement e)
    {
        if (!e.TryGetProperty("timestamp", out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return (0, "timestamp is missing");
        }

        var text = p.ValueKind == JsonValueKind.String ? p.GetString()! : "";
        // ISO 8601 only (yyyy-MM-dd first); a time without offset is UTC.
        if (text.Length < 10 || text[4] != '-' || text[7] != '-' ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return (0, "timestamp must be an ISO 8601 date and time, e.g. 2026-11-27T14:05:00Z");
        }

        return (time.UtcTicks, null);
    }

    private static (string? Json, string? Member, string? Reason) Properties(JsonElement e)
    {
        if (!e.TryGetProperty("properties", out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return (null, null, null);
        }

        if (p.ValueKind != JsonValueKind.Object)
        {
            return (null, "properties", "properties must be an object of strings");
        }

        foreach (var member in p.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.String)
            {
                return (null, $"properties.{member.Name}", $"properties.{member.Name} must be a string");
            }
        }

        return (p.GetRawText(), null, null);
    }
}
