using System.Globalization;
using System.Text;

namespace Waymark.Cli.Internals;

/// <summary>
/// The one routine that makes text from a file safe to print on a terminal, wherever the CLI prints it (tables,
/// messages, errors, progress). A file's text may hold escape sequences that would recolour, retitle or rewrite the
/// terminal, characters Spectre.Console cannot measure (U+FFFF throws inside its table layout), and bidirectional
/// overrides that make a line read differently than it is. So control characters (C0 with ESC, DEL, C1) and the
/// bidirectional controls are shown as <c>\u001B</c>-style escapes, visible and unambiguous, and noncharacters and
/// lone surrogates become U+FFFD. Everything else, including emoji and other scripts, is kept as it is.
/// </summary>
public static class TerminalText
{
    /// <summary>A value (a cell, a name): every control character is shown escaped, line breaks too.</summary>
    public static string Value(string? text) => Escape(text, keepLineBreaks: false);

    /// <summary>
    /// A message or data for a terminal, which may be several lines: '\n' and "\r\n" stay line breaks and tabs stay
    /// tabs (neither changes the terminal's state); the rest as in <see cref="Value"/>.
    /// </summary>
    public static string Message(string? text) => Escape(text, keepLineBreaks: true);

    private static string Escape(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var first = FirstUnsafe(text, keepLineBreaks);
        if (first < 0)
        {
            return text; // the common case: nothing to change, nothing allocated
        }

        var safe = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                safe.Append(IsNoncharacter(scalar) ? "\uFFFD" : text.AsSpan(i, 2));
                i++;
            }
            else if (keepLineBreaks && (c is '\n' or '\t' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')))
            {
                safe.Append(c);
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                safe.Append('\uFFFD');
            }
            else if (IsControl(c))
            {
                safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static int FirstUnsafe(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                continue; // printable ASCII
            }

            if (keepLineBreaks && c is '\n' or '\t')
            {
                continue;
            }

            if (char.IsSurrogate(c) || IsNoncharacter(c) || IsControl(c) || c == '\r')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>C0 (with ESC, TAB, CR, LF), DEL, C1 (U+0080-U+009F, e.g. the 8-bit CSI U+009B) and bidi controls.</summary>
    private static bool IsControl(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';

    /// <summary>U+FDD0-U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, ...).</summary>
    private static bool IsNoncharacter(int scalar) => scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE;
}
