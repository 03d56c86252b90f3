using System.Text.Json;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Rules;

/// <summary>A stored event as a rule's webhook sends it: its properties as text (a value that is not a string is sent as its JSON).</summary>
internal static class RuleEvents
{
    public static RulePayloadEvent Payload(StoredEvent e) =>
        new(e.Activity, new DateTime(e.UtcTicks, DateTimeKind.Utc), e.Channel, Properties(e.Properties), e.Sequence);

    private static Dictionary<string, string> Properties(string? json)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return result;
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in doc.RootElement.EnumerateObject())
                {
                    result[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
                }
            }
        }
        catch (JsonException)
        {
            // stored properties that are not JSON are left out, as the log does
        }

        return result;
    }
}
