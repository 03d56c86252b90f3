using System.CommandLine;
using Waymark.Analytics.Engine;
using Waymark.Analytics.Import;

namespace Waymark.Cli.Commands;

/// <summary>Turns parsed options into engine options (import, filter and one analysis).</summary>
public sealed class AnalyzeRequest(AnalyzeSymbols symbols, ParseResult parse)
{
    public ImportOptions Import() => new()
    {
        CustomerColumn = parse.GetValue(symbols.CustomerColumn),
        ActivityColumn = parse.GetValue(symbols.ActivityColumn),
        TimestampColumn = parse.GetValue(symbols.TimestampColumn),
        ChannelColumn = parse.GetValue(symbols.ChannelColumn),
        Delimiter = DelimiterOf(parse.GetValue(symbols.Delimiter)),
        DefaultTimeZone = Zone(parse.GetValue(symbols.TimeZone)),
        OnError = parse.GetValue(symbols.OnError) == "skip" ? OnError.Skip : OnError.Fail,
        JoinLifecycle = parse.GetValue(symbols.JoinLifecycle),
        CustomersFile = parse.GetValue(symbols.Customers)?.FullName,
    };

    public EventFilter Filter()
    {
        var where = parse.GetValue(symbols.Where) is { } w ? OptionText.KeyValues(w) : default;
        var property = parse.GetValue(symbols.Property) is { } p ? OptionText.KeyValues(p) : default;
        return new EventFilter
        {
            From = parse.GetValue(symbols.Since) is { } since ? OptionText.Instant(since) : null,
            To = parse.GetValue(symbols.Until) is { } until ? OptionText.Instant(until) : null,
            Did = NullIfEmpty(parse.GetValue(symbols.Did)),
            DidNot = NullIfEmpty(parse.GetValue(symbols.DidNot)),
            AttributeKey = where.Key,
            AttributeValues = where.Values,
            PropertyKey = property.Key,
            PropertyValue = property.Values is { Length: > 0 } values ? string.Join(',', values) : null,
        };
    }

    public FunnelOptions Funnel()
    {
        var steps = parse.GetValue(symbols.Steps) ?? throw new CliOptionException("funnel needs --steps \"A > B > C\".");
        var breakdown = parse.GetValue(symbols.Breakdown);
        return new FunnelOptions
        {
            Steps = OptionText.Steps(steps),
            Mode = parse.GetValue(symbols.Mode) switch { "strict" => FunnelMode.Strict, "any" => FunnelMode.AnyOrder, _ => FunnelMode.Ordered },
            Window = parse.GetValue(symbols.Window) is { } window ? OptionText.Duration(window) : null,
            Exclusions = [.. (parse.GetValue(symbols.Exclude) ?? []).Select(OptionText.Exclusion)],
            Breakdown = breakdown switch
            {
                null => default,
                "channel" => new FunnelBreakdown(BreakdownKind.FirstStepChannel, null, parse.GetValue(symbols.Limit)),
                _ => new FunnelBreakdown(BreakdownKind.Attribute, breakdown, parse.GetValue(symbols.Limit)),
            },
            Filter = Filter(),
        };
    }

    public FlowOptions Flow() => new()
    {
        Filter = Filter(),
        ActivityPercent = parse.GetValue(symbols.ActivityPercent),
        PathPercent = parse.GetValue(symbols.PathPercent),
    };

    public VariantOptions Variants() => new() { Filter = Filter(), Top = parse.GetValue(symbols.Top) };

    public PathOptions Paths() => new()
    {
        Filter = Filter(),
        From = parse.GetValue(symbols.Start),
        To = parse.GetValue(symbols.End),
        Depth = parse.GetValue(symbols.Depth),
        Width = parse.GetValue(symbols.Width),
        CollapseRepeats = parse.GetValue(symbols.Collapse),
        SessionGap = parse.GetValue(symbols.SessionGap) is { } gap ? OptionText.Duration(gap) : null,
    };

    public TrendOptions Trends() => new()
    {
        Filter = Filter(),
        Granularity = parse.GetValue(symbols.By) == "week" ? TrendGranularity.Week : TrendGranularity.Day,
        Activity = parse.GetValue(symbols.Activity),
    };

    private static string[]? NullIfEmpty(string[]? values) => values is { Length: > 0 } ? values : null;

    private static char DelimiterOf(string? text) => text switch
    {
        null or "" => '\0',
        "tab" or "\\t" or "\t" => '\t',
        { Length: 1 } => text[0],
        _ => throw new CliOptionException($"'{text}' is not a delimiter: use , ; or tab."),
    };

    private static TimeZoneInfo? Zone(string? id)
    {
        if (id is null)
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new CliOptionException($"'{id}' is not a known time zone (use an IANA id such as Europe/Amsterdam).");
    }
}
