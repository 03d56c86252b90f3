using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.Tests.Engine;

/// <summary>
/// Edges of equal events at the coverage's cut: which one is shown must not depend on the order of the edges' slots,
/// which follows the order the threads' tallies were merged in and so changes from run to run.
/// </summary>
public sealed class FlowTieTests
{
    [Fact]
    public void Select_TiedEdgesInEitherSlotOrder_KeepTheSameEdges()
    {
        // A strong path 0 -> 1 -> 2 (start to end) and two weak edges of equal events: 70 % of the edges' events takes
        // the path and one of the two, and every node is connected either way, so nothing is added back.
        (int, int, long)[] edges = [(0, 1, 20), (1, 2, 20), (0, 2, 10), (2, 1, 10)];
        long[] nodes = [30, 40, 30];
        long[] starts = [30, 0, 0];
        long[] ends = [0, 0, 30];

        var forward = Kept(edges, nodes, starts, ends);
        var reversed = Kept([.. edges.Reverse()], nodes, starts, ends);

        Assert.Equal(forward, reversed);
    }

    private static HashSet<(int, int)> Kept((int From, int To, long Events)[] edges, long[] nodes, long[] starts, long[] ends)
    {
        var (_, kept) = new FlowGraphFilter(nodes, starts, ends, edges).Select(100, 70);
        return [.. edges.Where((_, e) => kept[e]).Select(e => (e.From, e.To))];
    }
}
