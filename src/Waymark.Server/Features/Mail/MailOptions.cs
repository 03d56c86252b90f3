using MimeKit;

namespace Waymark.Server.Features.Mail;

/// <summary>
/// Settings under "Mail": the SMTP server (<see cref="Smtp"/>) and how hard the outbox tries a mail the server did not
/// take: <see cref="MaxAttempts"/> in all, waiting <see cref="RetrySeconds"/> before the second and twice as long
/// before each next one (30 s, 1 min, 2 min by default).
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public SmtpSettings Smtp { get; set; } = new();

    public int MaxAttempts { get; set; } = 4;

    public double RetrySeconds { get; set; } = 30;

    internal bool IsValid() =>
        MaxAttempts is >= 1 and <= 20 && RetrySeconds is >= 0 and <= 3600
        && (!Smtp.Enabled || (Smtp.Port is null or (>= 1 and <= 65535) && HasSender() && (string.IsNullOrEmpty(Smtp.User) || Smtp.Password is not null)));

    private bool HasSender() => !string.IsNullOrWhiteSpace(Smtp.From) && MailboxAddress.TryParse(Smtp.From, out var from) && from.Address.Contains('@', StringComparison.Ordinal);

    internal const string Rules =
        "Mail: with Mail:Smtp:Host set, Mail:Smtp:From must be a sender address (\"Waymark <waymark@example.com>\"), Mail:Smtp:Port 1 to 65535, "
        + "Mail:Smtp:Password set when Mail:Smtp:User is; Mail:MaxAttempts 1 to 20, Mail:RetrySeconds 0 to 3600.";
}
