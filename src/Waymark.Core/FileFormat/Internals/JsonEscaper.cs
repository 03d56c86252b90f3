using System.Globalization;
using System.Text;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// Minimal JSON string escaping: text stays readable (&lt;, &gt;, &amp;, accents, emoji are written as they are), while
/// everything that could break a file, a diff or a script-embedded copy is escaped.
/// </summary>
internal static class JsonEscaper
{
    public static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate cannot be stored as UTF-8; the replacement character keeps the file valid.
                sb.Append('\uFFFD');
            }
            else
            {
                AppendChar(sb, c);
            }
        }

        sb.Append('"');
    }

    private static void AppendChar(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '"': sb.Append("\\\""); break;
            case '\\': sb.Append("\\\\"); break;
            case '\n': sb.Append("\\n"); break;
            case '\r': sb.Append("\\r"); break;
            case '\t': sb.Append("\\t"); break;
            case '\b': sb.Append("\\b"); break;
            case '\f': sb.Append("\\f"); break;
            default:
                if (NeedsUnicodeEscape(c))
                {
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }

                break;
        }
    }

    /// <summary>
    /// Control characters, DEL and the C1 range are invisible in editors; U+2028/2029 end lines in JavaScript;
    /// U+FEFF, U+FFFE and U+FFFF are not printable in YAML, which shares this escaping for double-quoted text.
    /// </summary>
    private static bool NeedsUnicodeEscape(char c) =>
        c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF';
}
