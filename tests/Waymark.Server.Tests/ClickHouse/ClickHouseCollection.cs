using Waymark.Testing.ClickHouse;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>Test classes in this collection share one real ClickHouse server; each test takes a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ClickHouseCollection : ICollectionFixture<ClickHouseFixture>
{
    public const string Name = "clickhouse";
}
