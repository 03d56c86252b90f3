namespace Waymark.Testing.Fuzz;

/// <summary>
/// The cases of one entry point: case i of a run is made from a random source seeded by (run seed, entry point, i)
/// alone, so any one case can be replayed without the others.
/// </summary>
public static class FuzzCases
{
    public static IEnumerable<FuzzCase> For(string entryPoint, IReadOnlyList<FuzzSeed> seeds, int count, Func<Random, byte[], (byte[], string)>? wrap = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        for (var i = 0; i < count; i++)
        {
            if (FuzzSettings.OnlyCase is { } only && only != $"{entryPoint}#{i}")
            {
                continue;
            }

            yield return Make(entryPoint, seeds, i, wrap);
        }
    }

    public static FuzzCase Make(string entryPoint, IReadOnlyList<FuzzSeed> seeds, int index, Func<Random, byte[], (byte[], string)>? wrap = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var random = new Random(CaseSeed(FuzzSettings.Seed, entryPoint, index));
        var seed = seeds[random.Next(seeds.Count)];
        var (data, notes) = Mutator.Mutate(random, seed.Bytes, seed.Shape);
        if (wrap is not null)
        {
            var (wrapped, how) = wrap(random, data);
            (data, notes) = (wrapped, notes + "; " + how);
        }

        var label = random.Next(20) == 0 ? HostileValues.FileNames[random.Next(HostileValues.FileNames.Count)] : null;
        return new FuzzCase(entryPoint, FuzzSettings.Seed, index, seed.Name, notes, data) { Label = label };
    }

    /// <summary>FNV-1a over the parts: stable across processes, unlike string.GetHashCode.</summary>
    public static int CaseSeed(int runSeed, string entryPoint, int index)
    {
        ArgumentNullException.ThrowIfNull(entryPoint);
        var hash = 2166136261u;
        foreach (var c in $"{runSeed}/{entryPoint}/{index}")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
