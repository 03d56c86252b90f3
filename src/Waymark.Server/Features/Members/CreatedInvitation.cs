namespace Waymark.Server.Features.Members;

/// <summary>
/// A new invitation and its link, sent only in this answer. <see cref="EmailSent"/> says whether the server mailed
/// the link; when it did not (no mail server configured, or a link invitation) the inviter passes the link on.
/// </summary>
public sealed record CreatedInvitation(InvitationDto Invitation, string Link, bool EmailSent);
