using System.Buffers.Binary;
using System.IO.Compression;

namespace Waymark.Analytics.Import;

/// <summary>
/// Decompresses gzip and notices truncation, which GZipStream reports as a normal end: at the end it compares the
/// decompressed length with the size in the gzip trailer (the last 4 bytes of the data, modulo 2^32), which
/// <c>trailer</c> supplies (null when the data is shorter than a gzip header and trailer). <c>onRead</c> sees the
/// running decompressed length, so a caller can stop a file that unpacks to too much.
/// </summary>
public sealed class GzipCheckedStream(Stream compressed, Func<uint?> trailer, Action<long>? onRead = null) : ReadOnlyStream
{
    private readonly GZipStream _inner = new(compressed, CompressionMode.Decompress, leaveOpen: true);
    private bool _checked;

    /// <summary>Over a seekable file: the trailer is read from its end.</summary>
    public static GzipCheckedStream OverFile(FileStream file) => new(file, () =>
    {
        if (file.Length < 18)
        {
            return null;
        }

        Span<byte> last = stackalloc byte[4];
        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(last);
        return BinaryPrimitives.ReadUInt32LittleEndian(last);
    });

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        BytesRead += read;
        onRead?.Invoke(BytesRead);
        if (read == 0 && buffer.Length > 0 && !_checked)
        {
            _checked = true;
            var size = trailer() ?? throw new InvalidDataException("the gzip data is truncated");
            if (size != (uint)BytesRead)
            {
                throw new InvalidDataException(
                    $"the gzip data ends early (truncated or corrupt): {BytesRead} bytes decompressed, the trailer says {size}");
            }
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
