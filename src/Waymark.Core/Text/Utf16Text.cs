namespace Waymark.Core.Text;

/// <summary>
/// The one check that a string is text: well-formed UTF-16, every surrogate in a pair. A lone surrogate (what an
/// escaped "\ud800" in JSON decodes to) is no character: UTF-8 cannot encode it, PostgreSQL refuses it, SQLite
/// silently replaces it, and System.Text.Json throws on it. Every way in rejects it with this check, and every read
/// of stored text repairs it with <see cref="Repair"/>.
/// </summary>
public static class Utf16Text
{
    /// <summary>What a rejection says after naming the field or path.</summary>
    public const string Problem = "is not valid Unicode text (it holds half of a surrogate pair, such as \\ud83d alone, or bytes that are not UTF-8)";

    /// <summary>True when every surrogate in <paramref name="text"/> is part of a pair.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text) => IndexOfLoneSurrogate(text) < 0;

    /// <summary>Index of the first surrogate without its partner, or -1.</summary>
    public static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        // Most text holds no surrogate at all: one vectorised scan settles it.
        var at = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (at < 0)
        {
            return -1;
        }

        for (var i = at; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>
    /// The text, or its first characters and "..." when it is longer than <paramref name="max"/>: for quoting input in
    /// a message. The cut never falls inside a surrogate pair, which would make the message itself invalid text.
    /// </summary>
    public static string Clip(ReadOnlySpan<char> text, int max)
    {
        if (text.Length <= max)
        {
            return text.ToString();
        }

        var keep = Math.Max(0, max - 3);
        keep -= keep > 0 && char.IsHighSurrogate(text[keep - 1]) ? 1 : 0;
        return string.Concat(text[..keep], "...");
    }

    /// <summary>The text with each lone surrogate replaced by U+FFFD; the same instance when there is none.</summary>
    public static string Repair(string text, out bool repaired)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = IndexOfLoneSurrogate(text);
        repaired = at >= 0;
        if (at < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        while (at >= 0)
        {
            chars[at] = '\uFFFD';
            var next = IndexOfLoneSurrogate(chars.AsSpan(at + 1));
            at = next < 0 ? -1 : at + 1 + next;
        }

        return new string(chars);
    }
}
