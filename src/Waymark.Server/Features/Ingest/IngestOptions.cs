namespace Waymark.Server.Features.Ingest;

/// <summary>Bound from the "Ingest" section: the body limit, each key's token bucket and each address's for bad keys.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    public long MaxBodyBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Requests a key may send at once before it has to wait for refills.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>Requests a key regains per second.</summary>
    public int RequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// Requests with a missing, unknown or revoked key that one client address may send in a row; past that it gets
    /// 429 before its key is looked up, so guessing keys cannot turn into a database lookup per request.
    /// </summary>
    public int FailedKeyBurst { get; set; } = 20;

    /// <summary>Such requests an address regains per minute (one every 60/n seconds).</summary>
    public int FailedKeysPerMinute { get; set; } = 60;

    /// <summary>Checked at start; the message in WaymarkApp says which settings must be positive.</summary>
    public bool IsValid() =>
        MaxBodyBytes is > 0 and <= int.MaxValue && Burst > 0 && RequestsPerSecond > 0 &&
        FailedKeyBurst is > 0 and <= 1_000_000 && FailedKeysPerMinute is > 0 and <= 600_000;
}
