using Waymark.Core.Maps;

namespace Waymark.Analytics.Drafting.Internals;

/// <summary>
/// An event's channel as a map channel id: the known ids by name or a common alias ("app", "ios" → mobileApp,
/// "display" → ads), anything else as "custom:Label" with the label made readable.
/// </summary>
internal static class MapChannels
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["website"] = "web", ["site"] = "web", ["online"] = "web", ["browser"] = "web",
        ["app"] = "mobileApp", ["mobile"] = "mobileApp", ["mobile app"] = "mobileApp", ["mobile_app"] = "mobileApp",
        ["ios"] = "mobileApp", ["android"] = "mobileApp",
        ["e-mail"] = "email", ["newsletter"] = "email",
        ["call"] = "phone", ["telephone"] = "phone", ["call centre"] = "phone", ["call center"] = "phone",
        ["live chat"] = "chat", ["messenger"] = "chat", ["whatsapp"] = "chat",
        ["social media"] = "social", ["facebook"] = "social", ["instagram"] = "social", ["linkedin"] = "social", ["twitter"] = "social",
        ["shop"] = "store", ["in-store"] = "store", ["in store"] = "store", ["retail"] = "store", ["branch"] = "store",
        ["post"] = "mail", ["letter"] = "mail",
        ["ad"] = "ads", ["display"] = "ads", ["advertising"] = "ads", ["paid"] = "ads",
        ["partners"] = "partner", ["reseller"] = "partner", ["affiliate"] = "partner",
    };

    public static string Of(string channel)
    {
        var text = channel.Trim();
        foreach (var known in Channels.Known)
        {
            if (string.Equals(known, text, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return Aliases.TryGetValue(text, out var alias) ? alias : Channels.CustomPrefix + ReadableNames.Of(text);
    }
}
