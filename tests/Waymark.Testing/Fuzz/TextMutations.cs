using System.Text;
using static Waymark.Testing.Fuzz.ByteMutations;

namespace Waymark.Testing.Fuzz;

/// <summary>Mutations of lines, line ends, quotes and encodings: what text files get wrong in the wild.</summary>
internal static class TextMutations
{
    private static readonly (string Name, byte[] Bom)[] Boms =
    [
        ("UTF-8 BOM", [0xEF, 0xBB, 0xBF]),
        ("UTF-16 LE BOM", [0xFF, 0xFE]),
        ("UTF-16 BE BOM", [0xFE, 0xFF]),
        ("UTF-32 LE BOM", [0xFF, 0xFE, 0x00, 0x00]),
        ("UTF-32 BE BOM", [0x00, 0x00, 0xFE, 0xFF]),
        ("two UTF-8 BOMs", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]),
    ];

    private static readonly (string Name, Encoding Encoding, byte[] Bom)[] Encodings =
    [
        ("UTF-16 LE", new UnicodeEncoding(bigEndian: false, byteOrderMark: false), [0xFF, 0xFE]),
        ("UTF-16 BE", new UnicodeEncoding(bigEndian: true, byteOrderMark: false), [0xFE, 0xFF]),
        ("UTF-32 LE", new UTF32Encoding(bigEndian: false, byteOrderMark: false), [0xFF, 0xFE, 0x00, 0x00]),
        ("UTF-32 BE", new UTF32Encoding(bigEndian: true, byteOrderMark: false), [0x00, 0x00, 0xFE, 0xFF]),
        ("Latin-1", Encoding.Latin1, []),
    ];

    public static (byte[] Data, string Note) AddBom(Random random, byte[] data)
    {
        var (name, bom) = Boms[random.Next(Boms.Length)];
        return ([.. bom, .. data], "prefix " + name);
    }

    /// <summary>The same text in another encoding, with its BOM or without.</summary>
    public static (byte[] Data, string Note) Reencode(Random random, byte[] data)
    {
        var (name, encoding, bom) = Encodings[random.Next(Encodings.Length)];
        var bytes = encoding.GetBytes(Encoding.UTF8.GetString(data));
        var withBom = bom.Length > 0 && random.Next(2) == 0;
        return (withBom ? [.. bom, .. bytes] : bytes, $"re-encode as {name}{(withBom ? " with BOM" : "")}");
    }

    public static (byte[] Data, string Note) LineEnds(Random random, byte[] data)
    {
        var text = Encoding.UTF8.GetString(data).Replace("\r\n", "\n", StringComparison.Ordinal);
        switch (random.Next(3))
        {
            case 0: return (Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)), "line ends CRLF");
            case 1: return (Encoding.UTF8.GetBytes(text.Replace('\n', '\r')), "line ends CR");
            default:
                var mixed = new StringBuilder();
                foreach (var c in text)
                {
                    mixed.Append(c == '\n' ? random.Next(3) switch { 0 => "\r", 1 => "\r\n", _ => "\n" } : c.ToString());
                }

                return (Encoding.UTF8.GetBytes(mixed.ToString()), "line ends mixed CR/LF/CRLF");
        }
    }

    public static (byte[] Data, string Note) LineEdit(Random random, byte[] data)
    {
        var lines = Split(data);
        var i = random.Next(lines.Count);
        var j = random.Next(lines.Count);
        switch (random.Next(5))
        {
            case 0: lines.Insert(i, lines[j]); return (Join(lines), $"copy line {N(j + 1)} before line {N(i + 1)}");
            case 1: lines.RemoveAt(i); return (Join(lines), $"delete line {N(i + 1)}");
            case 2: (lines[i], lines[j]) = (lines[j], lines[i]); return (Join(lines), $"swap lines {N(i + 1)} and {N(j + 1)}");
            case 3: lines.Insert(i, []); return (Join(lines), $"blank line before line {N(i + 1)}");
            default:
                lines.InsertRange(i, Enumerable.Repeat(lines[j], 200));
                return (Join(lines), $"line {N(j + 1)} 200 times before line {N(i + 1)}");
        }
    }

    /// <summary>A quote where a field or string starts or ends, so the rest of the file reads as one field.</summary>
    public static (byte[] Data, string Note) UnbalanceQuote(Random random, byte[] data)
    {
        var quotes = Tokens.IndexesOf(data, (byte)'"');
        if (quotes.Count > 0 && random.Next(2) == 0)
        {
            var at = quotes[random.Next(quotes.Count)];
            return (Splice(data, at, 1, []), $"remove quote@{N(at)}");
        }

        var (start, _) = Tokens.Pick(random, data);
        return (Splice(data, start, 0, "\""u8.ToArray()), $"insert quote@{N(start)}");
    }

    private static List<byte[]> Split(byte[] data)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= data.Length; i++)
        {
            if (i == data.Length || data[i] == '\n')
            {
                lines.Add(data[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines)
    {
        var output = new List<byte>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                output.Add((byte)'\n');
            }

            output.AddRange(lines[i]);
        }

        return [.. output];
    }
}
