namespace Waymark.Server.Features.Mail;

/// <summary>
/// One mail to one person: a plain-text body and the same in simple HTML, both built with every user-typed text
/// encoded. <see cref="Kind"/> names it in logs ("invitation", "password-reset"), which never show the bodies, since
/// they carry one-time links.
/// </summary>
public sealed record OutgoingMail(string Kind, string To, string Subject, string Text, string Html);
