namespace Waymark.Data.Entities;

/// <summary>
/// A one-time sign-in link (first start, password reset). Only a hash of its secret is stored; the link names the
/// row by <see cref="Id"/> and carries the secret, which is compared with the hash in constant time. Used once,
/// expires, and dies with its user.
/// </summary>
public sealed class SignInLinkEntity
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public string SecretHash { get; set; } = "";
    public string Purpose { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
