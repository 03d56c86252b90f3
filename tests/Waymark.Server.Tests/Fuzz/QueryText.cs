using System.Text;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// Percent-encodes a query value byte by byte, lone surrogates included (as the bytes ED A0 80 a careless client
/// would send), where Uri.EscapeDataString would refuse or repair them.
/// </summary>
internal static class QueryText
{
    public static string Encode(string value)
    {
        var text = new StringBuilder();
        foreach (var b in Bytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>UTF-8, except that an unpaired surrogate is written as its own three bytes.</summary>
    private static List<byte> Bytes(string value)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(value.Substring(i++, 2)));
            }
            else if (char.IsSurrogate(c))
            {
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return bytes;
    }
}
