namespace Waymark.Core.FileFormat.Internals;

/// <summary>Enum values as the camelCase words files use ("needsWorkaround"), and back.</summary>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly string[] Names = Array.ConvertAll(Values, v => CamelCase(v.ToString()));

    public static IReadOnlyList<string> Allowed => Names;

    public static string ToText(T value)
    {
        var index = Array.IndexOf(Values, value);

        // An out-of-range value (cast from a number) is written as its number so the validator can name it.
        return index >= 0 ? Names[index] : value.ToString();
    }

    public static bool TryParse(string text, out T value)
    {
        var index = Array.IndexOf(Names, text);
        value = index >= 0 ? Values[index] : default;
        return index >= 0;
    }

    public static bool IsDefined(T value) => Array.IndexOf(Values, value) >= 0;

    private static string CamelCase(string name) => string.Concat(name[..1].ToLowerInvariant(), name[1..]);
}
