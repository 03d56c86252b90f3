namespace Waymark.Server.Features.Webhooks;

/// <summary>Checks an endpoint URL: absolute http or https, no user name or password, not too long, and (unless allowed) not a local address.</summary>
internal static class WebhookUrls
{
    public const int MaxLength = 2000;

    /// <summary>The problem with <paramref name="url"/>, or null when it may be used.</summary>
    public static string? Problem(string? url, bool allowPrivate)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "An endpoint needs a URL (http or https).";
        }

        if (url.Length > MaxLength)
        {
            return $"The URL is {url.Length} characters; the most is {MaxLength}.";
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return "The URL is not an absolute URL such as https://example.com/hooks.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return $"The URL's scheme is {uri.Scheme}; webhooks are sent over http or https only.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The URL holds a user name or password; those would be sent in the clear and stored as text. Check the webhook-signature header instead.";
        }

        if (!allowPrivate && WebhookAddresses.RefusedHost(uri.Host) is { } why)
        {
            return $"The URL's host is refused: {why}. Webhooks do not reach local or private networks unless the server's Webhooks:AllowPrivateAddresses setting is on.";
        }

        return null;
    }
}
