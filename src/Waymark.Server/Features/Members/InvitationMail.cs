using System.Globalization;
using Waymark.Data.Entities;
using Waymark.Server.Features.Mail;

namespace Waymark.Server.Features.Members;

/// <summary>
/// The mail that carries an invitation link to the invited address: who invites, to which workspace, with which
/// role, until when. The names are what people typed: <see cref="MailBody"/> keeps them text in the HTML part.
/// </summary>
internal static class InvitationMail
{
    public const string Kind = "invitation";

    public static OutgoingMail Compose(InvitationEntity invitation, string link, string workspace, string inviter, string site)
    {
        var role = RoleWords(invitation.Role);
        var until = invitation.ExpiresAt.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return new MailBody()
            .Paragraph($"{inviter} invites you to the workspace \u201c{workspace}\u201d on Waymark, as {role}.")
            .Paragraph("Waymark is where your team draws its customer journey maps. Open the invitation to join; "
                + "if you have no account yet, you create one on the way.")
            .Link("Open the invitation", link)
            .Paragraph($"The link works once, until {until}. Only the account with this email address ({invitation.Email}) can accept it.")
            .Small($"You get this mail because someone at {site} entered your address. If you did not expect it, ignore it: nothing happens unless the link is opened.")
            .To(Kind, invitation.Email!, $"{inviter} invites you to \u201c{workspace}\u201d on Waymark");
    }

    private static string RoleWords(string role) => role switch
    {
        "owner" => "an owner",
        "editor" => "an editor",
        "commenter" => "a commenter",
        _ => "a viewer",
    };
}
