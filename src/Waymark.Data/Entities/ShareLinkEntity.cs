namespace Waymark.Data.Entities;

/// <summary>
/// A link that lets people without an account read (or comment on) one map. The link's secret is never stored: only
/// its SHA-256 in hex (<see cref="SecretHash"/>); the optional passcode only as a PBKDF2 hash (<see cref="PasscodeHash"/>).
/// A revoked link keeps its row, so the list shows who shared what and until when.
/// </summary>
public sealed class ShareLinkEntity
{
    public string Id { get; set; } = "";
    public string WorkspaceId { get; set; } = "";
    public string MapId { get; set; } = "";

    /// <summary>"view" or "comment".</summary>
    public string Access { get; set; } = "";
    public string? Label { get; set; }
    public string SecretHash { get; set; } = "";
    public string? PasscodeHash { get; set; }

    /// <summary>Whether guests also see the map's data view: overlay, paths, insights and step feedback.</summary>
    public bool IncludesData { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    public DateTime? LastUsedAt { get; set; }
    public int Opens { get; set; }
}
