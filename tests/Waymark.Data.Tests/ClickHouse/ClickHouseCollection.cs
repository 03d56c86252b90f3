using Waymark.Data.Tests.ClickHouse.Pushdown;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>
/// Test classes in this collection share one real ClickHouse server (and run one after another, so one may restart it)
/// and the pushdown tests' big logs, stored in it once (<see cref="PushdownData"/>).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClickHouseCollection : ICollectionFixture<ClickHouseFixture>, ICollectionFixture<PushdownData>
{
    public const string Name = "clickhouse";
}
