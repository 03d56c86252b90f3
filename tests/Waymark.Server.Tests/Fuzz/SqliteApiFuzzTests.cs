using Waymark.Testing.Fuzz;
using Xunit.Abstractions;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>The server fuzz suite's JSON and YAML entry points on SQLite: ingestion, maps, personas and segments.</summary>
public sealed class SqliteApiFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(EntryPoints.Ingestion)]
    [InlineData(EntryPoints.Maps)]
    [InlineData(EntryPoints.PersonasAndSegments)]
    public Task Fuzz_MutatedInputs_NoServerErrorEveryRejectionPlacedNothingElseChanged(string family) =>
        ServerFuzz.RunAsync("Sqlite", FuzzDatabase.NewSqlite(), family, share: 1, output);
}
