namespace Waymark.Testing.ClickHouse;

/// <summary>
/// Marks a test class that also needs ZooKeeper (replicated ClickHouse tables): its <see cref="StoreFactAttribute"/>
/// tests are skipped with <see cref="ZooKeeperServer.SkipReason"/> when the package is missing outside test.sh.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsZooKeeperAttribute : Attribute;
