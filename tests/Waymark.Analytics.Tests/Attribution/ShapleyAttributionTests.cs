namespace Waymark.Analytics.Tests.Attribution;

public sealed class ShapleyAttributionTests
{
    [Theory]
    [InlineData(3, 1)]
    [InlineData(5, 2)]
    [InlineData(6, 3)]
    public void Compute_FewChannels_ShapleyEqualsAveragingOverEveryOrdering(int channels, int seed)
    {
        var paths = AttributionPaths.Random(seed, customers: 400, channels, maxLength: 4);

        var result = paths.Compute();
        var expected = BruteForce(paths.Paths);

        Assert.Null(result.ShapleyPermutations);
        Assert.Equal(0, result.ShapleyError);
        foreach (var player in result.Players)
        {
            Assert.Equal(expected.GetValueOrDefault(player.Name), player.Credits.Shapley!.Value, 1e-9);
        }

        AttributionAssert.CreditsSumToConversions(result);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(14)]
    public void Compute_ThirteenOrFourteenChannels_SampledWithinItsStatedErrorOfExact(int channels)
    {
        var paths = AttributionPaths.Random(seed: channels, customers: 3000, channels, maxLength: 6);

        var result = paths.Compute();

        Assert.Equal(20_000, result.ShapleyPermutations);
        Assert.InRange(result.ShapleyError, 1e-6, result.Conversions * 0.01);
        Assert.Contains(result.Notes, n => n.StartsWith("Sampled Shapley: 20,000 permutations", StringComparison.Ordinal));
        var exact = SplitEqually(paths.Paths);
        foreach (var player in result.Players)
        {
            Assert.InRange(player.Credits.Shapley!.Value - exact.GetValueOrDefault(player.Name), -result.ShapleyError, result.ShapleyError);
        }

        AttributionAssert.CreditsSumToConversions(result);
    }

    [Fact]
    public void Compute_SameInputTwice_SampledShapleyIsTheSame()
    {
        var paths = AttributionPaths.Random(seed: 3, customers: 1000, channels: 13, maxLength: 5);

        var a = paths.Compute();
        var b = paths.Compute();

        Assert.Equal(a.Players.Select(p => p.Credits.Shapley), b.Players.Select(p => p.Credits.Shapley));
    }

    /// <summary>phi_i = the mean over all n! orderings of v(players before i, and i) - v(players before i).</summary>
    private static Dictionary<string, double> BruteForce(List<(string[] Channels, bool Converted)> paths)
    {
        var sets = paths.Where(p => p.Converted).Select(p => p.Channels.ToHashSet()).ToList();
        var players = sets.SelectMany(s => s).Distinct().ToList();
        var totals = players.ToDictionary(p => p, _ => 0.0);
        var orderings = 0;
        foreach (var ordering in Orderings(players))
        {
            orderings++;
            var before = new HashSet<string>();
            foreach (var player in ordering)
            {
                var without = sets.Count(s => s.IsSubsetOf(before));
                before.Add(player);
                totals[player] += sets.Count(s => s.IsSubsetOf(before)) - without;
            }
        }

        return totals.ToDictionary(t => t.Key, t => t.Value / orderings);
    }

    private static IEnumerable<List<string>> Orderings(List<string> players)
    {
        if (players.Count == 0)
        {
            yield return [];
            yield break;
        }

        foreach (var first in players)
        {
            foreach (var rest in Orderings([.. players.Where(p => p != first)]))
            {
                yield return [first, .. rest];
            }
        }
    }

    /// <summary>
    /// The game is a sum of unanimity games (one per converting customer, on its touch set), whose Shapley value
    /// gives each member of the set an equal share: exact at any size, by a different route than the engine's.
    /// </summary>
    private static Dictionary<string, double> SplitEqually(List<(string[] Channels, bool Converted)> paths)
    {
        var credits = new Dictionary<string, double>();
        foreach (var (channels, _) in paths.Where(p => p.Converted))
        {
            var set = channels.Distinct().ToList();
            foreach (var channel in set)
            {
                credits[channel] = credits.GetValueOrDefault(channel) + (1.0 / set.Count);
            }
        }

        return credits;
    }
}
