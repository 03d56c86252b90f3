using Waymark.Server.Features.ScaleOut;

namespace Waymark.Server.Tests.ScaleOut;

/// <summary>One server's presence in memory, read while other connections join and leave the same map.</summary>
public sealed class LocalPresenceStoreTests
{
    /// <summary>
    /// Listing a map's presence while others join it gave an ArgumentException from the sort's copy of a dictionary
    /// that grew meanwhile, and the join failed (seen in convergence runs). A listing is a snapshot now.
    /// </summary>
    [Fact]
    public async Task List_WhileConnectionsJoinAndLeave_NeverThrowsAndIsOrdered()
    {
        var store = new LocalPresenceStore();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var connection = $"c{w}-{i % 64:D2}";
                await store.SetAsync("map", connection, $"{{\"c\":\"{connection}\"}}");
                if (i % 3 == 0)
                {
                    await store.RemoveAsync("map", connection);
                }
            }
        }));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var listed = await store.ListAsync("map");
                Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
            }
        }));

        await Task.WhenAll([.. writers, .. readers]);

        // A connection stays when its last pass joined without leaving: its last i is not a multiple of 3.
        var staying = Enumerable.Range(0, 64).Count(k => Enumerable.Range(0, 20_000).Last(i => i % 64 == k) % 3 != 0);
        Assert.Equal(4 * staying, (await store.ListAsync("map")).Count);
    }
}
