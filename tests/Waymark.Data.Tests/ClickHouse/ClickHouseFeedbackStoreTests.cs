using Waymark.Data.FeedbackStores;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>The feedback store contract on a real ClickHouse (Debian's 18.16), each test on a database of its own.</summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseFeedbackStoreTests(ClickHouseFixture clickHouse) : FeedbackStoreTests
{
    protected override Task<IFeedbackStore> CreateStoreAsync(string[] workspaces) =>
        Task.FromResult<IFeedbackStore>(new ClickHouseFeedbackStore(ClickHouseStores.Options(clickHouse.Server)));

    protected override Task<(IFeedbackStore, IFeedbackStore)> CreateTwoStoresAsync(string[] workspaces)
    {
        var options = ClickHouseStores.Options(clickHouse.Server);
        return Task.FromResult<(IFeedbackStore, IFeedbackStore)>((new ClickHouseFeedbackStore(options), new ClickHouseFeedbackStore(options)));
    }
}
