using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>The event store contract on a real ClickHouse (Debian's 18.16), each test on a database of its own.</summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseEventStoreTests(ClickHouseFixture clickHouse) : EventStoreTests
{
    protected override Task<IEventStore> CreateStoreAsync(string[] workspaces) =>
        Task.FromResult<IEventStore>(new ClickHouseEventStore(ClickHouseStores.Options(clickHouse.Server)));
}
