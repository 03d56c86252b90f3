namespace Waymark.Server.Features.Mail;

/// <summary>
/// The SMTP server Waymark sends through (Mail:Smtp:*). Mail is on when <see cref="Host"/> is set; without it Waymark
/// hands links over on screen as before. <see cref="Password"/> is read from configuration only and never written
/// anywhere: keep it in an environment variable (Mail__Smtp__Password) or a secrets store, not in a file in git.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    /// <summary>Default by <see cref="Security"/>: 25 for None, 587 for StartTls, 465 for SslOnConnect.</summary>
    public int? Port { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, "Waymark &lt;waymark@example.com&gt;" or a bare address.</summary>
    public string? From { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port ?? Security switch
    {
        SmtpSecurity.None => 25,
        SmtpSecurity.SslOnConnect => 465,
        _ => 587,
    };
}
