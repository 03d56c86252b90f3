using Waymark.Pushdown.Internals;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// A source under live ingestion gains activities between the ids query and the analysis's query; the answer then
/// names an id the analysis does not know. Before, that reached the user as a failed request ("ask again"); now the
/// analysis reads the ids again and asks again, and only a source that keeps changing under it fails.
/// </summary>
public sealed class ActivityIdsRetryTests
{
    private static readonly ActivityIds Before = ActivityIds.Read([["Visit", "1"]]);
    private static readonly ActivityIds After = ActivityIds.Read([["Visit", "1"], ["Pay", "7"]]);

    [Fact]
    public void Name_IdStoredAfterTheRead_ThrowsSourceChanged()
    {
        Assert.Equal("Visit", Before.Name(1));
        Assert.Throws<SourceChangedException>(() => Before.Name(0));
        Assert.Throws<SourceChangedException>(() => Before.Name(2));
    }

    [Fact]
    public async Task WithRetryAsync_ActivityStoredBetweenTheQueries_AnswersWithTheIdsReadAgain()
    {
        var reads = 0;

        var name = await ActivityIds.WithRetryAsync(
            () => Task.FromResult(++reads == 1 ? Before : After),
            ids => Task.FromResult(ids.Name(1) + "," + ids.Name(2))); // "Pay" sorts before "Visit": id 1 is Pay

        Assert.Equal("Pay,Visit", name);
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task WithRetryAsync_SourceChangingEveryTime_FailsAfterThreeTries()
    {
        var reads = 0;

        await Assert.ThrowsAsync<SourceChangedException>(() => ActivityIds.WithRetryAsync(
            () => Task.FromResult(++reads > 0 ? Before : After),
            ids => Task.FromResult(ids.Name(2))));

        Assert.Equal(3, reads);
    }
}
