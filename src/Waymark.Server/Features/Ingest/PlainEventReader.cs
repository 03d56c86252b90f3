using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// The fast way in for the events nearly every sender writes: one <see cref="Utf8JsonReader"/> pass over an event's
/// bytes, no <see cref="JsonDocument"/>, names interned by <see cref="IngestNames"/>, the timestamp read by
/// <see cref="IsoTimestamp"/>. It accepts only what <see cref="IngestEventReader"/> would accept, with the same values
/// (tested side by side); anything it is not sure of (an escape in any string or name, a member twice, text with
/// whitespace at an end, a time in another form, any reason to reject) answers null and the full reader decides, so a
/// rejection keeps its path and reason.
/// </summary>
internal static class PlainEventReader
{
    private const int Id = 0, Customer = 1, Timestamp = 2, Activity = 3, Channel = 4, Properties = 5, Other = -1, Unsure = -2;

    /// <summary>The event in <paramref name="json"/> (one JSON value), or null when the full reader must decide.</summary>
    public static NewEvent? TryRead(ReadOnlySpan<byte> json, IngestNames names)
    {
        try
        {
            return Read(json, names);
        }
        catch (JsonException)
        {
            return null; // not JSON: the full reader says where and why
        }
    }

    private static NewEvent? Read(ReadOnlySpan<byte> json, IngestNames names)
    {
        // The reader's defaults are JsonDocument's: no comments or trailing commas, depth 64, one value only.
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        Span<Range> values = stackalloc Range[6];
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Member(ref reader);
            if (member == Other)
            {
                if (!reader.Read() || !SkipPlain(ref reader))
                {
                    return null;
                }

                continue;
            }

            if (member == Unsure || (seen & (1 << member)) != 0 || !Value(ref reader, member, out values[member]))
            {
                return null;
            }

            seen |= 1 << member;
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return null;
        }

        return Build(json, values, seen, names);
    }

    private static NewEvent? Build(ReadOnlySpan<byte> json, Span<Range> values, int seen, IngestNames names)
    {
        const int Required = (1 << Customer) | (1 << Activity) | (1 << Timestamp);
        if ((seen & Required) != Required || !IsoTimestamp.TryParse(json[values[Timestamp]], out var ticks) ||
            Name(json, values[Customer], seen, Customer, names) is not { } customer ||
            Name(json, values[Activity], seen, Activity, names) is not { } activity ||
            !Optional(json, values, seen, Id, null, out var id) || !Optional(json, values, seen, Channel, names, out var channel))
        {
            return null;
        }

        var properties = (seen & (1 << Properties)) != 0 && values[Properties].End.Value > 0
            ? Encoding.UTF8.GetString(json[values[Properties]])
            : null;
        return new NewEvent(id, customer, ticks, activity, channel, properties);
    }

    private static int Member(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || !Utf8.IsValid(reader.ValueSpan) ? Unsure // an escaped or broken name: the full reader decides
        : reader.ValueSpan.SequenceEqual("id"u8) ? Id
        : reader.ValueSpan.SequenceEqual("customerId"u8) ? Customer
        : reader.ValueSpan.SequenceEqual("timestamp"u8) ? Timestamp
        : reader.ValueSpan.SequenceEqual("activity"u8) ? Activity
        : reader.ValueSpan.SequenceEqual("channel"u8) ? Channel
        : reader.ValueSpan.SequenceEqual("properties"u8) ? Properties
        : Other;

    /// <summary>
    /// Reads a known member's value: a plain string (its bytes), null for an optional one (an empty range), or for
    /// properties an object of plain strings (its raw text). False for anything else.
    /// </summary>
    private static bool Value(ref Utf8JsonReader reader, int member, out Range value)
    {
        value = default;
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return member is Id or Channel or Properties;
        }

        if (member == Properties)
        {
            return PlainStrings(ref reader, out value);
        }

        var start = (int)reader.TokenStartIndex + 1; // after the quote
        value = start..(start + reader.ValueSpan.Length);
        return IsPlainString(ref reader);
    }

    /// <summary>An object whose members are plain strings with plain names; its range is the object's raw text.</summary>
    private static bool PlainStrings(ref Utf8JsonReader reader, out Range value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var start = (int)reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!IsPlainString(ref reader) || !reader.Read() || reader.TokenType != JsonTokenType.String || !IsPlainString(ref reader))
            {
                return false;
            }
        }

        value = start..(int)reader.BytesConsumed;
        return reader.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>Walks a value this reader ignores: every string and name in it must be plain text.</summary>
    private static bool SkipPlain(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return reader.TokenType != JsonTokenType.String || IsPlainString(ref reader);
        }

        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsPlainString(ref reader))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainString(ref Utf8JsonReader reader) =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !reader.ValueIsEscaped && Utf8.IsValid(reader.ValueSpan);

    /// <summary>A required name with nothing to trim and within the length stored; null when the full reader must decide.</summary>
    private static string? Name(ReadOnlySpan<byte> json, Range range, int seen, int member, IngestNames? names)
    {
        var raw = json[range];
        if ((seen & (1 << member)) == 0 || raw.IsEmpty)
        {
            return null;
        }

        var text = names is null ? Encoding.UTF8.GetString(raw) : names.Get(raw);
        return !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && EventText.Problem(text) is null ? text : null;
    }

    /// <summary>An optional name: absent, null or empty is null; otherwise as a required one.</summary>
    private static bool Optional(ReadOnlySpan<byte> json, Span<Range> values, int seen, int member, IngestNames? names, out string? text)
    {
        text = null;
        var range = values[member];
        if ((seen & (1 << member)) == 0 || range.End.Value == range.Start.Value)
        {
            return true;
        }

        text = Name(json, range, seen, member, names);
        return text is not null;
    }
}
