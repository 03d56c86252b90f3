namespace Waymark.Core.Maps;

/// <summary>The soft palette cards may use; named so the UI can theme them.</summary>
public static class CardColors
{
    public static IReadOnlyList<string> All { get; } =
        ["yellow", "orange", "red", "pink", "purple", "blue", "teal", "green", "grey"];

    public static bool IsKnown(string color) => All.Contains(color, StringComparer.Ordinal);
}
