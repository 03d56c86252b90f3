namespace Waymark.Core.Maps;

/// <summary>
/// Channel ids. The known ones have icons in the editor; anything else is written "custom:Label".
/// </summary>
public static class Channels
{
    public const string CustomPrefix = "custom:";

    public static IReadOnlyList<string> Known { get; } =
        ["web", "mobileApp", "email", "phone", "chat", "social", "store", "mail", "ads", "partner"];

    public static bool IsValid(string channel) =>
        Known.Contains(channel, StringComparer.Ordinal) ||
        (channel.StartsWith(CustomPrefix, StringComparison.Ordinal) && channel.Length > CustomPrefix.Length &&
         !string.IsNullOrWhiteSpace(channel[CustomPrefix.Length..]));
}
