using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Waymark.Analytics.Events.Internals;

/// <summary>
/// Writes a snapshot's fields to a stream and hashes every byte on its way (XxHash3), so the reader can tell a file
/// that changed after it was written. Scalars are little-endian; arrays are written as their memory, which is the
/// same on every little-endian machine (the only kind .NET runs Waymark on; a big-endian one writes no snapshot).
/// </summary>
internal sealed class SnapshotWriter(Stream stream)
{
    private readonly XxHash3 _hash = new();

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        _hash.Append(bytes);
    }

    public void WriteInt32(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        WriteBytes(bytes);
    }

    public void WriteInt64(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        WriteBytes(bytes);
    }

    /// <summary>UTF-8 with its byte length first.</summary>
    public void WriteString(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteInt32(bytes.Length);
        WriteBytes(bytes);
    }

    /// <summary>An array section: its element count, then its elements' bytes as they lie in memory.</summary>
    public void WriteArray<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        WriteInt32(values.Length);
        WriteBytes(MemoryMarshal.AsBytes(values));
    }

    /// <summary>Ends the file with the hash of everything written before it (not itself hashed).</summary>
    public void WriteChecksum()
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, _hash.GetCurrentHashAsUInt64());
        stream.Write(bytes);
    }
}
