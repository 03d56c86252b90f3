using System.Text;

namespace Waymark.Analytics.Tests.Support;

/// <summary>A header then one row repeated, produced on demand (nothing held), counting the bytes read from it.</summary>
public sealed class RepeatedRowsStream(string header, string row, long rows) : Stream
{
    private readonly byte[] _header = Encoding.UTF8.GetBytes(header);
    private readonly byte[] _row = Encoding.UTF8.GetBytes(row);
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _header.Length + (_row.Length * rows);

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead => _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < Length)
        {
            buffer[offset + written++] = _position < _header.Length ? _header[_position] : _row[(_position - _header.Length) % _row.Length];
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
