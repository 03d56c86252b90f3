namespace Waymark.Server.Features.Images;

/// <summary>Bound from the "Images" section: how large one uploaded image may be.</summary>
public sealed class ImageOptions
{
    public const string Section = "Images";

    /// <summary>The most bytes one image may have (5 MB by default; at most 50 MB).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;
}
