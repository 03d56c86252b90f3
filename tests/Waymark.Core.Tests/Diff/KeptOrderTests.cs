using Waymark.Core.Diff.Internals;

namespace Waymark.Core.Tests.Diff;

public sealed class KeptOrderTests
{
    [Theory]
    [InlineData(new[] { 0, 1, 2, 3 }, new[] { true, true, true, true })]
    [InlineData(new[] { 3, 0, 1, 2 }, new[] { false, true, true, true })]
    [InlineData(new[] { 1, 0 }, new[] { false, true })]
    [InlineData(new int[0], new bool[0])]
    public void Kept_IndexesInAfterOrder_LongestRunKept(int[] indexes, bool[] expected) =>
        Assert.Equal(expected, KeptOrder.Kept(indexes));
}
