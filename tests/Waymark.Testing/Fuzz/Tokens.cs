namespace Waymark.Testing.Fuzz;

/// <summary>Finds the spans between syntax characters (delimiters, quotes, brackets, line ends) of any text format.</summary>
internal static class Tokens
{
    private static readonly bool[] Syntax = Build(",;\t\r\n\":{}[]<>= '");

    /// <summary>A random token's start and length; (random offset, 0) when the data has none.</summary>
    public static (int At, int Length) Pick(Random random, byte[] data)
    {
        var starts = new List<int>();
        var inToken = false;
        for (var i = 0; i < data.Length; i++)
        {
            var syntax = Syntax[data[i]];
            if (!syntax && !inToken)
            {
                starts.Add(i);
            }

            inToken = !syntax;
        }

        if (starts.Count == 0)
        {
            return (random.Next(data.Length + 1), 0);
        }

        var at = starts[random.Next(starts.Count)];
        var end = at;
        while (end < data.Length && !Syntax[data[end]])
        {
            end++;
        }

        return (at, end - at);
    }

    /// <summary>Offsets of a byte (e.g. every quote or every line end).</summary>
    public static List<int> IndexesOf(byte[] data, byte value)
    {
        var found = new List<int>();
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == value)
            {
                found.Add(i);
            }
        }

        return found;
    }

    private static bool[] Build(string chars)
    {
        var table = new bool[256];
        foreach (var c in chars)
        {
            table[c] = true;
        }

        return table;
    }
}
