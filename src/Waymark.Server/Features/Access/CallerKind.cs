namespace Waymark.Server.Features.Access;

/// <summary>How a caller reached a workspace; the audit trail and the comment threads name it.</summary>
public enum CallerKind
{
    /// <summary>Accounts are off (loopback only, ADR 017): whoever is at the keyboard owns every workspace.</summary>
    LocalOwner = 1,

    /// <summary>A signed-in account that is a member of the workspace.</summary>
    Member = 2,

    /// <summary>Someone without an account holding a share link to one map.</summary>
    ShareGuest = 3,
}
