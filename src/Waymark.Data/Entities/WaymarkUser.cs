using Microsoft.AspNetCore.Identity;

namespace Waymark.Data.Entities;

/// <summary>
/// A person with an account: Identity's user (email as user name, password hash, security stamp, lockout) plus the
/// name shown beside what they do. The key is Identity's string id, so a caller's user id is the same text everywhere.
/// </summary>
public sealed class WaymarkUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
