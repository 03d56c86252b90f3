using System.Globalization;

namespace Waymark.Testing.Fuzz;

/// <summary>Mutations blind to the format: flipped bits, cuts, copies, inserted bytes.</summary>
internal static class ByteMutations
{
    public static (byte[] Data, string Note) FlipBits(Random random, byte[] data)
    {
        if (data.Length == 0)
        {
            return (data, "flip (empty)");
        }

        var copy = (byte[])data.Clone();
        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return (copy, $"flip {N(flips)} bits");
    }

    public static (byte[] Data, string Note) RandomBytes(Random random, byte[] data)
    {
        var at = random.Next(data.Length + 1);
        var bytes = new byte[1 + random.Next(16)];
        random.NextBytes(bytes);
        return (Splice(data, at, 0, bytes), $"insert {N(bytes.Length)} random bytes@{N(at)}");
    }

    public static (byte[] Data, string Note) Truncate(Random random, byte[] data)
    {
        var at = random.Next(data.Length + 1);
        return (data[..at], $"truncate@{N(at)}");
    }

    public static (byte[] Data, string Note) DeleteSlice(Random random, byte[] data)
    {
        var (at, length) = Slice(random, data.Length);
        return (Splice(data, at, length, []), $"delete {N(length)}@{N(at)}");
    }

    public static (byte[] Data, string Note) DuplicateSlice(Random random, byte[] data)
    {
        var (at, length) = Slice(random, data.Length);
        var times = random.Next(4) == 0 ? 50 : 1;
        var copies = Enumerable.Repeat(data.AsSpan(at, length).ToArray(), times).SelectMany(b => b).ToArray();
        return (Splice(data, at + length, 0, copies), $"duplicate {N(length)}@{N(at)} x{N(times)}");
    }

    public static (byte[] Data, string Note) InsertHostile(Random random, byte[] data)
    {
        var (name, bytes) = HostileValues.Fragments[random.Next(HostileValues.Fragments.Count)];
        var at = random.Next(data.Length + 1);
        return (Splice(data, at, 0, bytes), $"insert '{name}'@{N(at)}");
    }

    /// <summary>Replaces a run of bytes between two syntax characters (a field, a value, a name) with a hostile one.</summary>
    public static (byte[] Data, string Note) ReplaceToken(Random random, byte[] data)
    {
        var (name, bytes) = HostileValues.Fragments[random.Next(HostileValues.Fragments.Count)];
        var (at, length) = Tokens.Pick(random, data);
        return (Splice(data, at, length, bytes), $"replace token@{N(at)}+{N(length)} with '{name}'");
    }

    public static byte[] Splice(byte[] data, int at, int remove, byte[] insert)
    {
        var result = new byte[data.Length - remove + insert.Length];
        data.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        data.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static (int At, int Length) Slice(Random random, int size)
    {
        var at = random.Next(size + 1);
        var length = random.Next(Math.Min(size - at, 256) + 1);
        return (at, length);
    }
}
