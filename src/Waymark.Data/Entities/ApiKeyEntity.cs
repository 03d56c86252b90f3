namespace Waymark.Data.Entities;

/// <summary>
/// A workspace's ingestion key. Only the SHA-256 of the secret is kept; <see cref="Prefix"/> (the key's first
/// characters) finds the row and lets people tell their keys apart.
/// </summary>
public sealed class ApiKeyEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";

    /// <summary>The event source the key's events go into.</summary>
    public string SourceId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
