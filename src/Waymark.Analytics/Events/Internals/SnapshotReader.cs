using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Waymark.Analytics.Events.Internals;

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> wrote, hashing every byte read. Arrays are read straight into their
/// memory (no per-element work). A length that the rest of the file cannot hold, a file that ends early or a checksum
/// that differs is an <see cref="InvalidDataException"/>, so a damaged file never allocates wildly or yields a log.
/// </summary>
internal sealed class SnapshotReader(Stream stream)
{
    private readonly Stream _stream = stream;
    private readonly XxHash3 _hash = new();
    private readonly long _length = stream.CanSeek ? stream.Length : long.MaxValue;

    public void ReadBytes(Span<byte> bytes)
    {
        try
        {
            _stream.ReadExactly(bytes);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The snapshot ends early (truncated).", e);
        }

        _hash.Append(bytes);
    }

    public int ReadInt32()
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        ReadBytes(bytes);
        return BinaryPrimitives.ReadInt32LittleEndian(bytes);
    }

    public long ReadInt64()
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        ReadBytes(bytes);
        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    public string ReadString()
    {
        var length = CheckedLength(ReadInt32(), 1);
        Span<byte> bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        ReadBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    public T[] ReadArray<T>()
        where T : unmanaged
    {
        // Uninitialised: every byte is read over at once (a 90 MB column need not be zeroed first).
        var values = GC.AllocateUninitializedArray<T>(CheckedLength(ReadInt32(), Unsafe.SizeOf<T>()));
        ReadBytes(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>An array section whose element count must be <paramref name="expected"/>.</summary>
    public T[] ReadArray<T>(int expected, string what)
        where T : unmanaged
    {
        var values = ReadArray<T>();
        return values.Length == expected ? values : throw new InvalidDataException($"The snapshot's {what} has {values.Length} entries, not {expected}.");
    }

    /// <summary>Reads an array section into a list's memory (attribute columns are lists).</summary>
    public List<int> ReadList()
    {
        var list = new List<int>();
        CollectionsMarshal.SetCount(list, CheckedLength(ReadInt32(), sizeof(int)));
        ReadBytes(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(list)));
        return list;
    }

    /// <summary>A count of items each taking at least one byte: no more than the bytes left.</summary>
    public int ReadCount() => CheckedLength(ReadInt32(), 1);

    /// <summary>Checks the stored hash against the bytes read, and that nothing follows it.</summary>
    public void VerifyChecksum()
    {
        var expected = _hash.GetCurrentHashAsUInt64();
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        try
        {
            _stream.ReadExactly(bytes);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The snapshot ends early (truncated).", e);
        }

        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes) != expected)
        {
            throw new InvalidDataException("The snapshot's checksum does not match its content.");
        }

        if (_stream.CanSeek && _stream.Position != _length)
        {
            throw new InvalidDataException("The snapshot has bytes after its checksum.");
        }
    }

    private int CheckedLength(int count, int elementSize)
    {
        var left = _stream.CanSeek ? _length - _stream.Position : long.MaxValue;
        return count >= 0 && (long)count * elementSize <= left
            ? count
            : throw new InvalidDataException($"The snapshot holds a length ({count}) its remaining {left} bytes cannot hold.");
    }
}
