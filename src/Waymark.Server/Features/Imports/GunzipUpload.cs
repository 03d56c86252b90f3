using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace Waymark.Server.Features.Imports;

/// <summary>
/// Decompresses an uploaded .gz, refusing more text than the limit, and notices truncation (which GZipStream
/// takes for a normal end) by comparing the text length with the size in the gzip trailer.
/// </summary>
internal sealed class GunzipUpload(UploadBody body, long textLimit) : Stream
{
    private readonly GZipStream _inner = new(body, CompressionMode.Decompress, leaveOpen: true);
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
        if (_decompressed > textLimit)
        {
            throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, "File too large",
                string.Create(CultureInfo.InvariantCulture, $"The file unpacks to more than {textLimit:N0} bytes of text, the most one upload may hold (Imports:MaxTextBytes)."));
        }

        if (read == 0 && buffer.Length > 0 && !_checked)
        {
            _checked = true;
            Check();
        }

        return read;
    }

    private void Check()
    {
        if (body.BytesRead < 18)
        {
            throw new InvalidDataException("the gzip data is truncated");
        }

        var size = BinaryPrimitives.ReadUInt32LittleEndian(body.Tail[^4..]);
        if (size != (uint)_decompressed)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"the gzip data ends early (truncated or corrupt): {_decompressed} bytes unpacked, the gzip trailer says {size}"));
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
