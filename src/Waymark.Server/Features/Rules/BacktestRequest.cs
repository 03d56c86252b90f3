namespace Waymark.Server.Features.Rules;

/// <summary>A rule (saved or not) to run over the stored events of a period (from, to: dates or instants), optionally for one segment.</summary>
public sealed record BacktestRequest
{
    public RuleRequest? Rule { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Segment { get; init; }
}
