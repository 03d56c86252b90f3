namespace Waymark.Server.Features.Rules;

/// <summary>Bound from the "Rules" section: how the evaluator and the stall sweeper run (docs/adr/054-journey-rules.md).</summary>
public sealed class RuleOptions
{
    public const string Section = "Rules";

    /// <summary>Whether this process evaluates rules (every process may: cursors and leases keep them apart).</summary>
    public bool Evaluate { get; set; } = true;

    /// <summary>How long the evaluator waits for a signal before it looks again (ingestion by other processes is seen this way).</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>How often due stall timers are looked for.</summary>
    public double SweepSeconds { get; set; } = 1;

    /// <summary>Events (or feedback items, or due timers) per batch, each batch one transaction.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>How long a claimed stall timer stays this process's.</summary>
    public double LeaseSeconds { get; set; } = 60;

    public bool IsValid() =>
        PollSeconds is > 0 and <= 3600 && SweepSeconds is > 0 and <= 3600 && BatchSize is > 0 and <= 100_000 && LeaseSeconds is > 0 and <= 3600;
}
