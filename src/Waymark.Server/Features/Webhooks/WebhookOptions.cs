namespace Waymark.Server.Features.Webhooks;

/// <summary>Bound from the "Webhooks" section: how deliveries are sent, retried and given up on (docs/adr/053-webhook-delivery.md).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Whether the dispatcher runs in this process (every process may run one: leases keep them apart).</summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>How long the dispatcher waits between looks for due deliveries when it found none.</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>How long one attempt may take before it counts as a timeout.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How long a claimed attempt stays this process's; past it another process (or this one after a restart) sends again.</summary>
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>Deliveries sent at once by one process.</summary>
    public int MaxConcurrent { get; set; } = 16;

    /// <summary>
    /// Due deliveries one round claims (one conditional UPDATE) and records (one transaction): a commit per delivery
    /// would cap a SQLite server at a few hundred a second. Beside heavy ingestion a round's claim and recording wait
    /// for SQLite's write lock, a fixed cost a round; 256 rather than 64 shares it among more deliveries (bench/rules:
    /// 2xx to webhook p50 36 s at 64, 20 s at 256 on the same loaded machine, and a fifth less CPU).
    /// </summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>
    /// The waits before each retry in seconds, comma-separated (the wait used is random between zero and the step:
    /// full jitter); the last step repeats. A string because configuration binding appends to a default array.
    /// </summary>
    public string RetrySeconds { get; set; } = "5,300,1800,7200,18000,36000";

    /// <summary>The retry steps of <see cref="RetrySeconds"/>; empty when one is not a number of 0 or more.</summary>
    public double[] RetrySteps()
    {
        var parts = RetrySeconds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var steps = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out steps[i]) || !(steps[i] >= 0))
            {
                return [];
            }
        }

        return steps;
    }

    /// <summary>How long after a delivery is created (or replayed) it is retried before it is dead.</summary>
    public double RetryHours { get; set; } = 72;

    /// <summary>An endpoint is disabled after this many failed attempts in a row ...</summary>
    public int DisableAfterFailures { get; set; } = 50;

    /// <summary>... when they span more than this many days.</summary>
    public double DisableAfterDays { get; set; } = 5;

    /// <summary>The overlap of a rotated secret when the request names none.</summary>
    public double DefaultOverlapHours { get; set; } = 24;

    /// <summary>Whether endpoints may be on loopback, private or link-local addresses (off: guards against SSRF).</summary>
    public bool AllowPrivateAddresses { get; set; }

    public int MaxEndpointsPerWorkspace { get; set; } = 50;

    public bool IsValid() =>
        PollSeconds is > 0 and <= 3600 && TimeoutSeconds is > 0 and <= 300 && LeaseSeconds > TimeoutSeconds &&
        MaxConcurrent is > 0 and <= 256 && BatchSize is > 0 and <= 10_000 && RetrySteps().Length > 0 && RetryHours > 0 &&
        DisableAfterFailures > 0 && DisableAfterDays >= 0 && DefaultOverlapHours is >= 0 and <= 720 && MaxEndpointsPerWorkspace > 0;
}
