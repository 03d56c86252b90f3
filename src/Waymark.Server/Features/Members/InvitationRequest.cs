namespace Waymark.Server.Features.Members;

/// <summary>
/// A new invitation: the role it gives; an email address to send the link to (null for a link the owner passes on);
/// how many days the link stays open (1 to 30, 7 when not given).
/// </summary>
public sealed record InvitationRequest(string? Role, string? Email, int? ExpiresInDays);
