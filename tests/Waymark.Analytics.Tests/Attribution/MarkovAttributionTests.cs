namespace Waymark.Analytics.Tests.Attribution;

public sealed class MarkovAttributionTests
{
    /// <summary>
    /// The three-channel example of the Markov attribution write-ups: C1 > C2 > C3 converts, C1 does not, C2 > C3
    /// does not. P(conversion) = 1/3; removing C1 halves it, removing C2 or C3 leaves none: removal effects 0.5, 1, 1,
    /// so the one conversion splits 0.2 / 0.4 / 0.4.
    /// </summary>
    [Fact]
    public void Compute_PublishedThreeChannelExample_RemovalEffectsAndCreditsAreTheKnownFigures()
    {
        var result = new AttributionPaths().Add(true, "C1", "C2", "C3").Add(false, "C1").Add(false, "C2", "C3").Compute();

        Assert.Equal(1, result.Conversions);
        AttributionAssert.Close([0.5, 1, 1], result.Players.Select(p => p.RemovalEffectFirstOrder));
        AttributionAssert.Close([0.2, 0.4, 0.4], result.Players.Select(p => p.Credits.MarkovFirstOrder));
        Assert.Equal(4, result.MarkovFirstOrderStates);
    }

    /// <summary>40 channels: the counts are kept in dictionaries rather than flat arrays (more than 37 players).</summary>
    [Theory]
    [InlineData(1, 4, 600)]
    [InlineData(2, 4, 600)]
    [InlineData(1, 40, 600)]
    [InlineData(2, 40, 80)]
    public void Compute_RandomPaths_RemovalEffectsEqualIteratingTheChain(int order, int channels, int customers)
    {
        var paths = AttributionPaths.Random(seed: 5, customers, channels, maxLength: 3 + (4 / channels * 2));

        var result = paths.Compute();
        var expected = ChainByIteration.RemovalEffects(paths.Paths, order);

        Assert.Equal(expected.Count, result.Players.Count);
        foreach (var player in result.Players)
        {
            var effect = order == 1 ? player.RemovalEffectFirstOrder : player.RemovalEffectSecondOrder;
            Assert.Equal(expected[player.Name], effect!.Value, 1e-9);
        }

        AttributionAssert.CreditsSumToConversions(result);
    }

    [Fact]
    public void Compute_SecondOrderOnPublishedExample_EqualsIteratingThePairChain()
    {
        var paths = new AttributionPaths().Add(true, "C1", "C2", "C3").Add(false, "C1").Add(false, "C2", "C3")
            .Add(true, "C2", "C1").Add(false, "C3", "C3", "C1");

        var result = paths.Compute();
        var expected = ChainByIteration.RemovalEffects(paths.Paths, 2);

        foreach (var player in result.Players)
        {
            Assert.Equal(expected[player.Name], player.RemovalEffectSecondOrder!.Value, 1e-9);
        }

        // States: start, and the pairs (start>C1), (C1>C2), (C2>C3), (start>C2), (C2>C1), (start>C3), (C3>C3), (C3>C1).
        Assert.Equal(9, result.MarkovSecondOrderStates);
    }

    [Fact]
    public void Compute_MoreStatesThanTheLimit_SecondOrderNotComputedAndSaid()
    {
        // 20 channels in every ordered pair: 400 pair states (plus the first touches) beyond the 300 solved exactly.
        var paths = new AttributionPaths();
        for (var a = 0; a < 20; a++)
        {
            for (var b = 0; b < 20; b++)
            {
                paths.Add((a + b) % 3 == 0, $"ch{a}", $"ch{b}");
            }
        }

        var result = paths.Compute();

        Assert.Null(result.Players[0].Credits.MarkovSecondOrder);
        Assert.Null(result.Players[0].RemovalEffectSecondOrder);
        Assert.NotNull(result.Players[0].Credits.MarkovFirstOrder);
        Assert.Contains(result.Notes, n => n.StartsWith("Markov second order not computed: 421 states", StringComparison.Ordinal));
        AttributionAssert.CreditsSumToConversions(result);
    }
}
