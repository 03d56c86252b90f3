namespace Waymark.Analytics.Import;

/// <summary>
/// A forward-only stream that can only be read: the base of the importer's and the upload's pass-through streams
/// (gzip with a truncation check, UTF-8 check, counted request body), so each says only how it reads.
/// </summary>
public abstract class ReadOnlyStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead { get; protected set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public abstract override int Read(Span<byte> buffer);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
