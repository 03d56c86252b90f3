using System.Security.Cryptography;
using System.Text;

namespace Waymark.Server.Features.Security;

/// <summary>
/// The Content-Security-Policy of every answer. The built app is one script and one stylesheet from this server;
/// nothing runs inline, nothing is framed, no plugin loads. Images are the exception: a persona's photo and an image
/// lane hold addresses the user typed, so any http(s) image may show (data: for the favicon).
/// </summary>
public static class ContentSecurityPolicy
{
    public const string HeaderName = "Content-Security-Policy";

    public const string App =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: http: https:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy for a page of the server's own that carries one inline stylesheet, allowed by its hash.</summary>
    public static string WithInlineStyle(string css)
    {
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        return App.Replace("style-src 'self'", $"style-src 'self' 'sha256-{hash}'", StringComparison.Ordinal);
    }
}
