using System.Buffers.Binary;
using System.IO.Compression;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Decompresses gzip and notices truncation, which GZipStream reports as a normal end: at the end it compares
/// the decompressed length with the size in the gzip trailer (the last 4 bytes of the file, modulo 2^32).
/// </summary>
internal sealed class GzipCheckedStream(FileStream file) : Stream
{
    private readonly GZipStream _inner = new(file, CompressionMode.Decompress, leaveOpen: true);
    private long _decompressed;
    private bool _checked;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _decompressed; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        _decompressed += read;
        if (read == 0 && buffer.Length > 0 && !_checked)
        {
            _checked = true;
            CheckTrailer();
        }

        return read;
    }

    private void CheckTrailer()
    {
        Span<byte> trailer = stackalloc byte[4];
        if (file.Length < 18)
        {
            throw new InvalidDataException("the gzip data is truncated");
        }

        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(trailer);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (size != (uint)_decompressed)
        {
            throw new InvalidDataException($"the gzip data ends early (truncated or corrupt): {_decompressed} bytes decompressed, the trailer says {size}");
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
