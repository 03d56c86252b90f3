namespace Waymark.Testing.Fuzz;

/// <summary>
/// A forgiving scan of JSON (or NDJSON) text for its values and property names, so a mutation can swap one whole
/// value for another. Broken input is fine: the scan just finds fewer spans.
/// </summary>
internal static class JsonSpans
{
    public readonly record struct Span(int At, int Length, bool Key);

    public static List<Span> Find(byte[] data)
    {
        var spans = new List<Span>();
        var open = new Stack<int>();
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            if (c == '"')
            {
                var end = StringEnd(data, i);
                spans.Add(new Span(i, end - i, IsKey(data, end)));
                i = end;
            }
            else if (c is (byte)'{' or (byte)'[')
            {
                open.Push(i++);
            }
            else if (c is (byte)'}' or (byte)']')
            {
                if (open.Count > 0)
                {
                    var start = open.Pop();
                    spans.Add(new Span(start, i + 1 - start, false));
                }

                i++;
            }
            else if (c is (byte)'-' or (>= (byte)'0' and <= (byte)'9') or (byte)'t' or (byte)'f' or (byte)'n')
            {
                var end = i;
                while (end < data.Length && IsScalarByte(data[end]))
                {
                    end++;
                }

                spans.Add(new Span(i, end - i, false));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return spans;
    }

    /// <summary>The offset just after the closing quote (or the end of the data).</summary>
    private static int StringEnd(byte[] data, int quote)
    {
        var i = quote + 1;
        while (i < data.Length && data[i] != '"' && data[i] != '\n')
        {
            i += data[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, data.Length);
    }

    private static bool IsKey(byte[] data, int after)
    {
        while (after < data.Length && data[after] is (byte)' ' or (byte)'\t')
        {
            after++;
        }

        return after < data.Length && data[after] == ':';
    }

    private static bool IsScalarByte(byte b) =>
        b is (byte)'-' or (byte)'+' or (byte)'.' or (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'z') or (byte)'E';
}
