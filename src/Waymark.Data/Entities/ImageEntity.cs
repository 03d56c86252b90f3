namespace Waymark.Data.Entities;

/// <summary>
/// An image uploaded to a workspace (a persona photo, an image cell). Its id is the SHA-256 of its bytes in hex, so
/// the same picture uploaded twice is stored once per workspace and an answer can be cached for good under its id.
/// </summary>
public sealed class ImageEntity
{
    public string WorkspaceId { get; set; } = "";
    public string Id { get; set; } = "";

    /// <summary>image/png, image/jpeg, image/gif or image/webp, as its first bytes say (never the client's word).</summary>
    public string ContentType { get; set; } = "";
    public byte[] Bytes { get; set; } = [];
    public long Size { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
