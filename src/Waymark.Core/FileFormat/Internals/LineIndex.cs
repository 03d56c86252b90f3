namespace Waymark.Core.FileFormat.Internals;

/// <summary>Maps byte offsets to 1-based line numbers (the JSON reader only tells offsets).</summary>
internal sealed class LineIndex
{
    private readonly List<long> _lineStarts = [0];

    public LineIndex(ReadOnlySpan<byte> utf8)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int LineOf(long offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
