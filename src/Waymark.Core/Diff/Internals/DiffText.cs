using System.Globalization;

namespace Waymark.Core.Diff.Internals;

/// <summary>How values read in a change: quoted, shortened, invariant.</summary>
internal static class DiffText
{
    /// <summary>Values longer than this are cut in <see cref="MapChange.From"/>/<see cref="MapChange.To"/> (a cell may hold 10,000 characters).</summary>
    public const int MaxValue = 1000;

    private const int MaxInSummary = 80;

    public static string Quote(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "(empty)";
        }

        var oneLine = text.ReplaceLineEndings(" ");
        return "\"" + (oneLine.Length > MaxInSummary ? string.Concat(oneLine.AsSpan(0, MaxInSummary - 1), "…") : oneLine) + "\"";
    }

    public static string? Value(string? text) =>
        text is null || text.Length <= MaxValue ? text : string.Concat(text.AsSpan(0, MaxValue - 1), "…");

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Score(int score) => score > 0 ? "+" + score.ToString(CultureInfo.InvariantCulture) : score.ToString(CultureInfo.InvariantCulture);

    public static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum's name as the file format writes it (camelCase).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
