using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>Test classes in this collection share one two-shard ClickHouse cluster (one after another, so one may kill a shard).</summary>
[CollectionDefinition(Name)]
public sealed class ClickHouseClusterCollection : ICollectionFixture<ClickHouseClusterFixture>
{
    public const string Name = "clickhouse cluster";
}
