using System.Globalization;

namespace Waymark.Analytics.Generation.Internals;

/// <summary>A growable char buffer for writing CSV rows without a string per field.</summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[1 << 16];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public CharBuffer Append(ReadOnlySpan<char> text)
    {
        Ensure(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    public CharBuffer Append(char c)
    {
        Ensure(1);
        _chars[Length++] = c;
        return this;
    }

    public CharBuffer AppendCustomer(int id)
    {
        Ensure(16);
        _chars[Length++] = 'c';
        id.TryFormat(_chars.AsSpan(Length), out var written, "D8", CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    public CharBuffer AppendTime(DateTime time)
    {
        Ensure(32);
        time.TryFormat(_chars.AsSpan(Length), out var written, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    public CharBuffer AppendNumber(int value)
    {
        Ensure(12);
        value.TryFormat(_chars.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    private void Ensure(int more)
    {
        if (Length + more > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + more));
        }
    }
}
