using Waymark.Analytics.Overlay;
using Waymark.Analytics.Overlay.Internals;

namespace Waymark.Analytics.Tests.Overlay;

public sealed class ComparisonTests
{
    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.5, 0.5204998778)]
    [InlineData(1.0, 0.8427007929)]
    [InlineData(-1.0, -0.8427007929)]
    [InlineData(2.0, 0.9953222650)]
    public void Erf_KnownValues_WithinTheApproximationsError(double x, double expected)
    {
        Assert.Equal(expected, NormalDistribution.Erf(x), 6);
    }

    [Theory]
    [InlineData(1.96, 0.0500)]
    [InlineData(-1.96, 0.0500)]
    [InlineData(2.5758, 0.0100)]
    [InlineData(1.0, 0.3173)]
    [InlineData(0.0, 1.0)]
    public void TwoSidedP_KnownQuantiles(double z, double expected)
    {
        Assert.Equal(expected, NormalDistribution.TwoSidedP(z), 4);
    }

    [Fact]
    public void TwoSidedP_FarTail_StaysPositive()
    {
        Assert.InRange(NormalDistribution.TwoSidedP(8), 1e-16, 1e-14);
    }

    [Fact]
    public void Compare_ClearDifference_Significant()
    {
        // 300/1000 vs 200/1000: pooled 0.25, se = sqrt(0.25 * 0.75 * 0.002) = 0.019365, z = 5.164.
        var result = TwoProportionTest.Compare("stp", 300, 1000, 200, 1000);

        Assert.Equal(0.1, result.Difference, 12);
        Assert.Equal(5.164, result.Z, 3);
        Assert.True(result.P < 1e-6);
        Assert.True(result.Significant);
    }

    [Fact]
    public void Compare_SmallDifference_NotSignificant()
    {
        var result = TwoProportionTest.Compare("stp", 52, 100, 48, 100);

        Assert.Equal(0.566, result.Z, 3);
        Assert.Equal(0.5716, result.P, 3);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Compare_NoEntrantsOrNoVariance_ZeroAndPOne()
    {
        Assert.Equal((0.0, 1.0, false), Triple(TwoProportionTest.Compare("stp", 0, 0, 5, 10)));
        Assert.Equal((0.0, 1.0, false), Triple(TwoProportionTest.Compare("stp", 10, 10, 20, 20)));
    }

    private static (double, double, bool) Triple(StepComparison c) => (c.Z, c.P, c.Significant);
}
