using System.Globalization;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>The test servers' own helpers that benches rely on (bench/clickhouse reads a server's memory by its process id).</summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseServerTests(ClickHouseFixture clickHouse)
{
    [StoreFact]
    public void ProcessId_RunningServer_IsALiveClickHouseProcess()
    {
        var id = clickHouse.Server.ProcessId;

        Assert.NotNull(id);
        var status = File.ReadAllLines($"/proc/{id.Value.ToString(CultureInfo.InvariantCulture)}/status");
        Assert.StartsWith("Name:\tclickhouse", status[0], StringComparison.Ordinal);
        Assert.Contains(status, line => line.StartsWith("VmHWM:", StringComparison.Ordinal));
    }
}
