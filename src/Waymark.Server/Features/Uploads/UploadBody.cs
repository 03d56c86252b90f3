using System.Globalization;

using Waymark.Analytics.Import;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// The request body as a synchronous stream for the importer (which reads on its own threads): counts bytes,
/// refuses more than the limit, lets the first bytes be looked at before reading, and keeps the last 8 bytes so a
/// gzip trailer can be checked at the end.
/// </summary>
internal sealed class UploadBody(Stream body, long limit) : ReadOnlyStream
{
    private readonly byte[] _tail = new byte[8];
    private readonly byte[] _chunk = new byte[1 << 16];
    private byte[] _peeked = [];
    private int _peekedAt;

    /// <summary>The last (up to) 8 bytes read, oldest first.</summary>
    public ReadOnlySpan<byte> Tail => _tail.AsSpan(8 - (int)Math.Min(8, BytesRead));

    /// <summary>Reads up to <paramref name="count"/> bytes ahead; later reads return them first.</summary>
    public async Task<ReadOnlyMemory<byte>> PeekAsync(int count, CancellationToken ct)
    {
        var buffer = new byte[count];
        var filled = 0;
        int read;
        while (filled < count && (read = await body.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        _peeked = buffer[..filled];
        return _peeked;
    }

    public override int Read(Span<byte> buffer)
    {
        int read;
        if (_peekedAt < _peeked.Length)
        {
            read = Math.Min(buffer.Length, _peeked.Length - _peekedAt);
            _peeked.AsSpan(_peekedAt, read).CopyTo(buffer);
            _peekedAt += read;
        }
        else
        {
            // The importer reads synchronously on worker threads; the request body is asynchronous.
            read = body.ReadAsync(_chunk.AsMemory(0, Math.Min(buffer.Length, _chunk.Length))).AsTask().GetAwaiter().GetResult();
            _chunk.AsSpan(0, read).CopyTo(buffer);
        }

        Count(buffer[..read]);
        return read;
    }

    private void Count(ReadOnlySpan<byte> bytes)
    {
        BytesRead += bytes.Length;
        if (BytesRead > limit)
        {
            throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, "File too large",
                string.Create(CultureInfo.InvariantCulture, $"The file is larger than {limit:N0} bytes, the most one upload may be (Imports:MaxUploadBytes). Split it, or send it with `waymark import`."),
                setting: "Imports:MaxUploadBytes");
        }

        if (bytes.Length >= 8)
        {
            bytes[^8..].CopyTo(_tail);
        }
        else if (bytes.Length > 0)
        {
            _tail.AsSpan(bytes.Length).CopyTo(_tail);
            bytes.CopyTo(_tail.AsSpan(8 - bytes.Length));
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
