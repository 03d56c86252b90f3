using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Waymark.Server.Features.Mail;

/// <summary>
/// Sends through the configured SMTP server with MailKit, one connection per mail (Waymark sends a handful an hour,
/// so a pooled connection would only hold a socket open). A bounded timeout keeps a dead server from holding the
/// outbox longer than a retry would.
/// </summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    private const int TimeoutMilliseconds = 30_000;

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var message = Compose(mail, smtp.From!);
        using var client = new SmtpClient { Timeout = TimeoutMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.EffectivePort, Socket(smtp.Security), ct);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }

    internal static MimeMessage Compose(OutgoingMail mail, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress("", mail.To)); // one addr-spec, never parsed as a list of addresses
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
