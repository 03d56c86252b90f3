namespace Waymark.Server.Features.Mail;

/// <summary>Hands one mail to the mail server; throws when it is not taken.</summary>
public interface IMailSender
{
    public Task SendAsync(OutgoingMail mail, CancellationToken ct);
}
