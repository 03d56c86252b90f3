using Xunit.Sdk;

namespace Waymark.Testing.ClickHouse;

/// <summary>A store test; skipped when its class is marked <see cref="NeedsClickHouseAttribute"/> and ClickHouse is missing.</summary>
[XunitTestCaseDiscoverer("Waymark.Testing.ClickHouse.StoreFactDiscoverer", "Waymark.Testing")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>A store theory; skipped when its class is marked <see cref="NeedsClickHouseAttribute"/> and ClickHouse is missing.</summary>
[XunitTestCaseDiscoverer("Waymark.Testing.ClickHouse.StoreTheoryDiscoverer", "Waymark.Testing")]
public sealed class StoreTheoryAttribute : TheoryAttribute;
