using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.Tests.Engine;

public sealed class VariantTableTests
{
    [Fact]
    public void Add_ManySequencesThroughSeveralGrowths_CountsEachAsADictionaryWould()
    {
        // 20,000 sequences of 0-12 activities (lengths around the hash's four-at-a-time step), each added 1-3 times
        // in a shuffled order: the table grows its arena, ids and slots several times and must lose nothing.
        var random = new Random(7);
        var expected = new Dictionary<string, long>();
        var table = new VariantTable();
        var sequences = Enumerable.Range(0, 20_000)
            .Select(_ => Enumerable.Range(0, random.Next(0, 13)).Select(_ => (ushort)random.Next(0, 40)).ToArray())
            .ToList();
        var adds = sequences.SelectMany(s => Enumerable.Repeat(s, random.Next(1, 4))).OrderBy(_ => random.Next()).ToList();
        var idOf = new Dictionary<string, int>();
        foreach (var sequence in adds)
        {
            var key = string.Join(',', sequence);
            var id = table.Add(sequence, 2);
            Assert.Equal(idOf.TryGetValue(key, out var known) ? known : idOf[key] = id, id);
            expected[key] = expected.GetValueOrDefault(key) + 2;
        }

        Assert.Equal(expected.Count, table.Count);
        foreach (var (key, id) in idOf)
        {
            Assert.Equal(key, string.Join(',', table.Get(id).ToArray()));
            Assert.Equal(expected[key], table.CountOf(id));
        }
    }
}
