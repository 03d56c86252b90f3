namespace Waymark.Testing.ClickHouse;

/// <summary>
/// Marks a test class that runs on a real ClickHouse: its <see cref="StoreFactAttribute"/> and
/// <see cref="StoreTheoryAttribute"/> tests (including ones inherited from a shared contract) are skipped with
/// <see cref="ClickHouseServer.SkipReason"/> when the server is missing outside test.sh.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsClickHouseAttribute : Attribute;
