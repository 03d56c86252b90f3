using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.Tests.Engine;

public sealed class LongListTests
{
    [Fact]
    public void AddAndMoveFrom_ManyBlocks_KeepEveryValueInOrder()
    {
        var list = new LongList();
        var other = new LongList();
        for (var i = 0; i < 30_000; i++)
        {
            list.Add(i);
            other.Add(-i);
        }

        list.MoveFrom(other);
        list.Add(7);

        var expected = Enumerable.Range(0, 30_000).Select(i => (long)i).Concat(Enumerable.Range(0, 30_000).Select(i => (long)-i)).Append(7).ToArray();
        Assert.Equal(expected, list.ToArray());
        Assert.Equal(expected.Length, list.Count);
        Assert.Equal(0, other.Count);
        Assert.Equal(0, other.SegmentCount);
        Assert.True(list.SegmentCount > 2, "the values should lie in several blocks");
        list.Release();
        Assert.Equal(0, list.Count);
    }

    [Fact]
    public void AddRange_AnotherList_CopiesAndLeavesItWhole()
    {
        var list = new LongList();
        list.Add(1);
        var other = new LongList();
        for (var i = 0; i < LongList.MaxBlock * 2 + 5; i++)
        {
            other.Add(i * 3L);
        }

        list.AddRange(other);

        Assert.Equal(new[] { 1L }.Concat(other.ToArray()), list.ToArray());
        Assert.Equal(LongList.MaxBlock * 2 + 5, other.Count);
        other.Release();
        list.Release();
    }

    [Fact]
    public void MoveFrom_EmptyOrIntoEmpty_GivesTheOtherValues()
    {
        var empty = new LongList();
        var list = new LongList();
        list.Add(5);
        list.MoveFrom(empty);
        empty.MoveFrom(list);

        Assert.Equal(new[] { 5L }, empty.ToArray());
        Assert.Equal(0, list.Count);
        empty.Release();
    }
}
