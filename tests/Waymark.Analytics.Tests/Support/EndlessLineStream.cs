namespace Waymark.Analytics.Tests.Support;

/// <summary>A prefix followed by one line of 'x' bytes of the given length, produced on demand (nothing on disk).</summary>
public sealed class EndlessLineStream(byte[] prefix, long lineLength) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => prefix.Length + lineLength;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < Length)
        {
            buffer[offset + written++] = _position < prefix.Length ? prefix[_position] : (byte)'x';
            _position++;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
