namespace Waymark.Server.Features.Mail;

/// <summary>How the connection to the SMTP server is protected (Mail:Smtp:Security).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same machine or a private network.</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS, refusing a server that cannot (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
