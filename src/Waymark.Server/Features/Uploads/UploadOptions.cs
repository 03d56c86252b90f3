namespace Waymark.Server.Features.Uploads;

/// <summary>
/// Bound from the "Imports" section: how much one upload (events or feedback) may hold, and how many are read at once.
/// Every limit is enforced while the file streams in, so a refused file costs no more than the limit (ADR 007). The
/// section keeps the name it had before feedback uploads shared it: operators' settings and the refusals' texts use it.
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Imports";

    /// <summary>Unpacked text a .gz must reach before its compression ratio is judged: smaller files cost little whatever their ratio.</summary>
    public const long RatioCheckedAfterBytes = 2L * 1024 * 1024;

    /// <summary>Bytes of the uploaded file as sent (compressed bytes for .gz).</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Bytes of text after decompression (guards against a small .gz that unpacks to gigabytes).</summary>
    public long MaxTextBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Bytes of text per compressed byte a .gz may unpack to once past <see cref="RatioCheckedAfterBytes"/>: real
    /// exports gzip 4-20 to 1, a file of one row repeated 400 to 1 and more.
    /// </summary>
    public double MaxCompressionRatio { get; set; } = 100;

    /// <summary>Rows (events, bad rows included) in one upload; larger files go through `waymark import`.</summary>
    public long MaxRows { get; set; } = 2_000_000;

    /// <summary>Bytes a preview request may send (the client sends the first 256 KiB).</summary>
    public int MaxPreviewBytes { get; set; } = 1024 * 1024;

    /// <summary>Uploads (events and feedback together) read at once; each may hold a log of up to <see cref="MaxRows"/>.</summary>
    public int MaxConcurrentUploads { get; set; } = 2;

    /// <summary>How long an upload waits for a free slot before it is answered 503 with Retry-After.</summary>
    public double UploadWaitSeconds { get; set; } = 5;
}
