using System.Globalization;

namespace Waymark.Core.Text;

/// <summary>
/// What a name (customer id, activity, channel, attribute key) must be to be stored: text, no NUL character (no
/// database stores it as text), and at most the column's size. One rule for the stores, ingestion and every
/// importer, so a bad name is a rejected row with its place, never a failed batch or a row skipped unnamed.
/// </summary>
public static class NameRules
{
    /// <summary>Why <paramref name="value"/> cannot be stored as a name of at most <paramref name="maxLength"/> characters, or null.</summary>
    public static string? Problem(ReadOnlySpan<char> value, int maxLength) =>
        value.Contains('\0') ? "contains a NUL character (\\u0000), which no database stores as text"
        : value.Length > maxLength ? string.Create(CultureInfo.InvariantCulture, $"is longer than {maxLength} characters")
        : !Utf16Text.IsWellFormed(value) ? Utf16Text.Problem
        : null;
}
