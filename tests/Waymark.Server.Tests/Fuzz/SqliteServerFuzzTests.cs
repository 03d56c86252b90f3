using Waymark.Testing.Fuzz;
using Xunit.Abstractions;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// The server fuzz suite on SQLite: every entry point gets WAYMARK_FUZZ_COUNT mutated inputs (see
/// <see cref="FuzzSettings"/>); a failure report names the seed, entry point and input of each distinct fault.
/// </summary>
public sealed class SqliteServerFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(EntryPoints.EventUploads)]
    [InlineData(EntryPoints.FeedbackUploads)]
    [InlineData(EntryPoints.Ingestion)]
    [InlineData(EntryPoints.Maps)]
    [InlineData(EntryPoints.PersonasAndSegments)]
    public async Task Fuzz_MutatedInputs_NoServerErrorEveryRejectionPlacedNothingElseChanged(string family)
    {
        await using var server = new FuzzServer("Sqlite", FuzzDatabase.NewSqlite());
        await server.StartAsync();
        var failures = new FuzzFailures();

        var summary = await FuzzRun.RunAsync(server, family, share: 1, failures);

        output.WriteLine("SQLite " + summary);
        failures.AssertNone($"SQLite {family}");
    }
}
