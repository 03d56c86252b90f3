namespace Waymark.Server.Features.Imports;

/// <summary>Bound from the "Imports" section: how much one upload may hold.</summary>
public sealed class ImportsOptions
{
    public const string Section = "Imports";

    /// <summary>Bytes of the uploaded file as sent (compressed bytes for .gz).</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Bytes of text after decompression (guards against a small .gz that unpacks to gigabytes).</summary>
    public long MaxTextBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Rows (events, bad rows included) in one upload; larger files go through `waymark import`.</summary>
    public long MaxRows { get; set; } = 2_000_000;

    /// <summary>Bytes a preview request may send (the client sends the first 256 KiB).</summary>
    public int MaxPreviewBytes { get; set; } = 1024 * 1024;
}
