namespace Waymark.Testing.Fuzz;

/// <summary>
/// Turns a valid seed into a hostile input: one to three mutations chosen by the random source, weighted by the
/// seed's shape so syntax-aware breakage (a JSON value swapped, a quote left open, a UTF-32 BOM) is as common as
/// blind byte damage. One case in twelve goes through unchanged, so the accepting path is exercised too.
/// </summary>
public static class Mutator
{
    private delegate (byte[] Data, string Note) Mutation(Random random, byte[] data);

    private static readonly Mutation[] Blind =
    [
        ByteMutations.FlipBits, ByteMutations.RandomBytes, ByteMutations.Truncate, ByteMutations.DeleteSlice,
        ByteMutations.DuplicateSlice, ByteMutations.InsertHostile, ByteMutations.InsertHostile, ByteMutations.ReplaceToken,
        ByteMutations.ReplaceToken, ByteMutations.ReplaceToken, TextMutations.AddBom, TextMutations.Reencode,
        TextMutations.LineEnds, TextMutations.LineEdit, TextMutations.UnbalanceQuote, Whole,
    ];

    private static readonly Mutation[] Json =
    [
        StructureMutations.ReplaceJsonValue, StructureMutations.ReplaceJsonValue, StructureMutations.ReplaceJsonValue,
        StructureMutations.ReplaceJsonKey, StructureMutations.DuplicateJsonMember,
    ];

    private static readonly Mutation[] Xml = [StructureMutations.XmlTrick, StructureMutations.XmlTrick];

    private static readonly Mutation[] Yaml = [StructureMutations.YamlTrick, StructureMutations.YamlTrick];

    public static (byte[] Data, string Notes) Mutate(Random random, byte[] seed, FuzzShape shape)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(seed);
        if (random.Next(12) == 0)
        {
            return (seed, "unchanged seed");
        }

        var table = shape switch
        {
            FuzzShape.Json or FuzzShape.Ndjson => [.. Blind, .. Json, .. Json],
            FuzzShape.Xml => [.. Blind, .. Xml],
            FuzzShape.Yaml => [.. Blind, .. Yaml],
            _ => Blind,
        };
        var data = seed;
        var notes = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var (next, note) = table[random.Next(table.Length)](random, data);
            data = next;
            notes.Add(note);
        }

        return (data, string.Join("; ", notes));
    }

    /// <summary>Throws the seed away: nothing, whitespace, binary noise.</summary>
    private static (byte[] Data, string Note) Whole(Random random, byte[] data)
    {
        switch (random.Next(4))
        {
            case 0: return ([], "empty body");
            case 1: return (" \r\n\t "u8.ToArray(), "whitespace body");
            case 2:
                var noise = new byte[1 + random.Next(2048)];
                random.NextBytes(noise);
                return (noise, $"random body of {ByteMutations.N(noise.Length)} bytes");
            default: return ([.. data, .. data], "body twice");
        }
    }
}
