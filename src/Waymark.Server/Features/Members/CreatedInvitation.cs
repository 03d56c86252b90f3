namespace Waymark.Server.Features.Members;

/// <summary>
/// A new invitation and its link, sent only in this answer. <see cref="EmailSent"/> says whether the server queued the
/// link for mailing (ADR 025); when it did not (no mail server configured, or a link invitation) the inviter passes the
/// link on. Even when mailed, the link is here too, so a mail that never arrives costs only a copy and paste.
/// </summary>
public sealed record CreatedInvitation(InvitationDto Invitation, string Link, bool EmailSent);
