namespace Waymark.Server.Features.Ingest;

/// <summary>Bound from the "Ingest" section: the body limit and each key's token bucket.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    public long MaxBodyBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Requests a key may send at once before it has to wait for refills.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>Requests a key regains per second.</summary>
    public int RequestsPerSecond { get; set; } = 50;
}
