using System.Text.Json;
using Waymark.Core.Text;

namespace Waymark.Analytics.Feedback.Import.Internals;

/// <summary>
/// Reads one feedback object (an NDJSON line, an item of an ingestion batch): each field from its member (given
/// name, else a recognised one), numbers and booleans taken as their text; "properties" must be an object of strings.
/// </summary>
internal static class FeedbackJson
{
    public static (FeedbackItem? Item, string? Member, string? Problem) Read(JsonElement e, in FeedbackReadOptions options)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return (null, null, "a feedback item must be a JSON object");
        }

        // Every string and name, also of members this reader ignores, must be text before any is read.
        if (JsonText.FindInvalid(e) is { } bad)
        {
            return (null, bad, $"{(bad.Length == 0 ? "the item" : bad)} {Utf16Text.Problem}");
        }

        var values = new string?[FeedbackHeaders.Roles];
        var members = new string?[FeedbackHeaders.Roles];
        for (var role = 0; role < FeedbackHeaders.Roles; role++)
        {
            if (Find(e, options.Columns, (FeedbackRole)role) is not { } member)
            {
                continue;
            }

            members[role] = member.Name;
            switch (member.Value.ValueKind)
            {
                case JsonValueKind.String:
                    values[role] = member.Value.GetString()!.Trim() is { Length: > 0 } trimmed ? trimmed : null;
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    values[role] = member.Value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    return (null, member.Name, $"{member.Name} must be a string, a number or a boolean");
            }
        }

        var (properties, propertyProblem) = Properties(e);
        if (propertyProblem is not null)
        {
            return (null, "properties", propertyProblem);
        }

        var (item, blame, problem) = FeedbackFields.Read(values, members[(int)FeedbackRole.Score], properties, options);
        return problem is null ? (item, null, null) : (null, members[(int)blame] ?? options.Columns?[blame] ?? FeedbackHeaders.Name(blame), problem);
    }

    private static JsonProperty? Find(JsonElement e, FeedbackColumns? columns, FeedbackRole role)
    {
        var given = columns?[role];
        if (given is null && columns is { Exact: true })
        {
            return null;
        }

        foreach (var name in given is null ? FeedbackHeaders.Known[(int)role] : [given])
        {
            foreach (var member in e.EnumerateObject())
            {
                if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return member;
                }
            }
        }

        return null;
    }

    private static (string? Json, string? Problem) Properties(JsonElement e)
    {
        if (!e.TryGetProperty("properties", out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        if (p.ValueKind != JsonValueKind.Object)
        {
            return (null, "properties must be an object of strings");
        }

        foreach (var member in p.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.String)
            {
                return (null, $"properties.{member.Name} must be a string");
            }
        }

        return (p.GetRawText(), null);
    }
}
