using System.Text;
using System.Text.Json;
using Waymark.Analytics.Events;
using Waymark.Core.Text;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Reads newline-delimited JSON: one object per line with the same recognised names as CSV for customer,
/// activity, timestamp (string or Unix number) and channel; "properties" and other scalar members become event
/// properties, members of "attributes" become customer attributes.
/// </summary>
internal sealed class NdjsonEventReader(ImportOptions options, ProblemLog problems, EventLogBuilder builder, Action<long> onRow)
{
    private byte[] _bytes = new byte[4096];

    public void Read(TextReader text)
    {
        var reader = new TextRecordReader(text, options.EffectiveMaxLineLength, quoteAware: false);
        long rows = 0;
        while (!problems.ShouldStop && reader.TryRead(out var line))
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            ReadLine(line, reader.Line);
            if ((++rows & 0xFFFF) == 0)
            {
                onRow(rows);
            }
        }

    }

    private void ReadLine(ReadOnlySpan<char> line, long lineNumber)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(line.Length);
        if (_bytes.Length < needed)
        {
            _bytes = new byte[needed];
        }

        var length = Encoding.UTF8.GetBytes(line, _bytes);
        try
        {
            using var document = JsonDocument.Parse(_bytes.AsMemory(0, length));
            ReadObject(document.RootElement, lineNumber);
        }
        catch (JsonException e)
        {
            builder.ClearPendingProperties();
            problems.Add(lineNumber, (e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + e.Message);
        }
    }

    private void ReadObject(JsonElement root, long line)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(line, 1, "expected a JSON object");
            return;
        }

        // Every string and name, also of members left out, must be text before any is read.
        if (JsonText.FindInvalid(root) is { } bad)
        {
            problems.Add(line, 1, $"{bad} {Utf16Text.Problem}", fieldName: bad);
            return;
        }

        var customer = Member(root, options.CustomerColumn, ColumnNames.Customer);
        var activity = Member(root, options.ActivityColumn, ColumnNames.Activity);
        var time = Member(root, options.TimestampColumn, ColumnNames.Timestamp);
        var channel = Member(root, options.ChannelColumn, ColumnNames.Channel);
        var (blame, reason) = Check(customer, activity, time, channel);
        if (reason is not null || !problems.KeepRows)
        {
            if (reason is not null)
            {
                problems.Add(line, 1, reason, fieldName: blame);
            }

            return;
        }

        TimestampParser.TryParse(time.Value, options.Zone, out var ticks);
        AddExtras(root, customer.Value!);
        builder.Add(customer.Value!, ticks, activity.Value!, channel.Value ?? "");
    }

    /// <summary>Why the row is bad and the member to blame (its name, or the role when it is missing), or nulls.</summary>
    private (string? Member, string? Reason) Check((string? Name, string? Value) customer, (string? Name, string? Value) activity,
        (string? Name, string? Value) time, (string? Name, string? Value) channel)
    {
        return string.IsNullOrWhiteSpace(customer.Value) ? (customer.Name ?? "customer", "the customer id is missing or empty")
            : options.NameProblem(customer.Value) is { } customerProblem ? (customer.Name, "the customer id " + customerProblem)
            : string.IsNullOrWhiteSpace(activity.Value) ? (activity.Name ?? "activity", "the activity is missing or empty")
            : options.NameProblem(activity.Value) is { } activityProblem ? (activity.Name, "the activity " + activityProblem)
            : channel.Value is not null && options.NameProblem(channel.Value) is { } channelProblem ? (channel.Name, "the channel " + channelProblem)
            : time.Value is null ? (time.Name ?? "timestamp", "the timestamp is missing")
            : !TimestampParser.TryParse(time.Value, options.Zone, out _) ? (time.Name, $"cannot read '{CsvEventReader.Clip(time.Value)}' as a timestamp")
            : (null, null);
    }

    private void AddExtras(JsonElement root, string customer)
    {
        foreach (var member in root.EnumerateObject())
        {
            if (member.NameEquals("attributes") && member.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var attribute in member.Value.EnumerateObject())
                {
                    builder.SetAttribute(customer, attribute.Name, Scalar(attribute.Value) ?? "");
                }
            }
            else if (member.NameEquals("properties") && member.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in member.Value.EnumerateObject())
                {
                    AddProperty(property.Name, property.Value);
                }
            }
            else if (!IsMapped(member.Name))
            {
                AddProperty(member.Name, member.Value);
            }
        }
    }

    private void AddProperty(string key, JsonElement value)
    {
        if (Scalar(value) is { } text)
        {
            builder.AddProperty(key, text);
        }
    }

    private bool IsMapped(string name) =>
        Array.Exists(ColumnNames.Customer, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
        || Array.Exists(ColumnNames.Activity, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
        || Array.Exists(ColumnNames.Timestamp, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
        || Array.Exists(ColumnNames.Channel, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
        || name == options.CustomerColumn || name == options.ActivityColumn || name == options.TimestampColumn || name == options.ChannelColumn;

    /// <summary>The first member with the given (else a recognised) name: its name and its scalar value.</summary>
    private static (string? Name, string? Value) Member(JsonElement root, string? explicitName, string[] recognised)
    {
        foreach (var member in root.EnumerateObject())
        {
            var matches = explicitName is not null
                ? member.NameEquals(explicitName)
                : Array.Exists(recognised, n => n.Equals(member.Name, StringComparison.OrdinalIgnoreCase));
            if (matches)
            {
                return (member.Name, Scalar(member.Value));
            }
        }

        return (null, null);
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
