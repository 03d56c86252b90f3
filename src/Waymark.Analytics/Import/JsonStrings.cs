using System.Text.Json;

namespace Waymark.Analytics.Import;

/// <summary>
/// Reads a JSON string member that may be hostile: an escaped lone surrogate ("\ud83d" with no pair) is valid JSON
/// but not text, and <see cref="JsonElement.GetString"/> throws on it; here it is a reason instead.
/// </summary>
public static class JsonStrings
{
    public const string NotText = "is not valid Unicode text (it holds half of a surrogate pair, such as \\ud83d alone)";

    /// <summary>The string, or null when it is not valid Unicode text.</summary>
    public static string? Read(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
