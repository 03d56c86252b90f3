using System.Net;
using System.Text;

namespace Waymark.Server.Features.Mail;

/// <summary>
/// Builds a mail's plain-text and HTML bodies side by side from paragraphs and one link, so both say the same. Every
/// piece of text is HTML-encoded in the HTML body, whoever typed it (a workspace or display name may hold markup, and
/// must arrive as the text it is); the HTML is deliberately plain (no images, no remote content, inline styles only).
/// </summary>
public sealed class MailBody
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public MailBody()
    {
        _html.Append("<!DOCTYPE html><html><body style=\"margin:0;padding:24px;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;")
            .Append("font-size:15px;line-height:1.5;color:#1f2933;background:#ffffff\"><div style=\"max-width:560px\">");
    }

    public MailBody Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p style=\"margin:0 0 16px\">").Append(Encode(text)).Append("</p>");
        return this;
    }

    /// <summary>A button in HTML; in plain text the address on a line of its own, so it can be copied whole.</summary>
    public MailBody Link(string label, string url)
    {
        _text.Append(url).Append("\n\n");
        _html.Append("<p style=\"margin:24px 0\"><a href=\"").Append(Encode(url))
            .Append("\" style=\"display:inline-block;padding:8px 16px;border-radius:6px;background:#2f6fed;color:#ffffff;text-decoration:none;font-weight:600\">")
            .Append(Encode(label)).Append("</a></p><p style=\"margin:0 0 16px;font-size:13px;color:#52606d\">")
            .Append(Encode("Or copy this address into your browser: ")).Append(Encode(url)).Append("</p>");
        return this;
    }

    public MailBody Small(string text)
    {
        _text.Append("-- \n").Append(text).Append('\n');
        _html.Append("<p style=\"margin:32px 0 0;font-size:13px;color:#52606d\">").Append(Encode(text)).Append("</p>");
        return this;
    }

    public OutgoingMail To(string kind, string to, string subject) =>
        new(kind, to, OneLine(subject), _text.ToString(), _html.ToString() + "</div></body></html>");

    /// <summary>A subject is one line: control characters (line breaks above all) become spaces.</summary>
    public static string OneLine(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
