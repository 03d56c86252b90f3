using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The customer look-up's "id starts with the query, ignoring case" as .NET's <see cref="StringComparison.OrdinalIgnoreCase"/>
/// judges it (the engine's <c>CustomerSearch</c>), as a regular expression ClickHouse's <c>match</c> runs on the id's
/// UTF-8 bytes. That comparison is char by char and keeps the length in UTF-16 chars, so a prefix matches when each of
/// its first chars equals the query's char at that place: per query char, the group of every char .NET finds equal to it
/// (found once per char over the whole BMP, which catches the non-ASCII ones such as the Kelvin sign, if .NET counts them).
/// A query holding a surrogate (a char outside the BMP, cased pairwise) is not pushed down.
/// </summary>
internal static class IdPrefix
{
    private static readonly ConcurrentDictionary<char, string> Groups = new();

    /// <summary>The pattern (before SQL quoting): <c>^</c> then one group per query char.</summary>
    public static string Pattern(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Any(char.IsSurrogate))
        {
            throw new NotSupportedException("Pushdown does not search customer ids by a query with characters outside the Basic Multilingual Plane; search the in-memory log.");
        }

        var pattern = new StringBuilder("^");
        foreach (var c in query)
        {
            pattern.Append(Groups.GetOrAdd(c, Group));
        }

        return pattern.ToString();
    }

    /// <summary>Whether the id starts with the query as the engine judges it (the check on what ClickHouse found).</summary>
    public static bool Matches(string id, string query) => id.StartsWith(query, StringComparison.OrdinalIgnoreCase);

    private static string Group(char c)
    {
        ReadOnlySpan<char> target = [c];
        Span<char> other = stackalloc char[1];
        var members = new List<string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            other[0] = (char)i;
            if (!char.IsSurrogate(other[0]) && ((ReadOnlySpan<char>)other).Equals(target, StringComparison.OrdinalIgnoreCase))
            {
                members.Add(Escape(other[0]));
            }
        }

        return members.Count == 1 ? members[0] : "(?:" + string.Join("|", members) + ")";
    }

    /// <summary>A letter or digit of ASCII as it is, any other ASCII char as \xHH, the rest as its own UTF-8 bytes.</summary>
    private static string Escape(char c) =>
        c < 128 && !char.IsAsciiLetterOrDigit(c) ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : c.ToString();
}
