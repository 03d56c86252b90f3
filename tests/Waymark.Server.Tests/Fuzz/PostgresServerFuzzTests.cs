using Waymark.Testing.Fuzz;
using Waymark.Testing.Postgres;
using Xunit.Abstractions;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// The server fuzz suite's storing entry points (uploads and ingestion) on PostgreSQL, at a fifth of the count:
/// what differs there is how rows are stored, not how inputs are read.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServerFuzzTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Theory]
    [InlineData(EntryPoints.EventUploads)]
    [InlineData(EntryPoints.FeedbackUploads)]
    [InlineData(EntryPoints.Ingestion)]
    public async Task Fuzz_MutatedInputs_NoServerErrorEveryRejectionPlacedNothingElseChanged(string family)
    {
        await using var server = new FuzzServer("Postgres", postgres.CreateDatabase());
        await server.StartAsync();
        var failures = new FuzzFailures();

        var summary = await FuzzRun.RunAsync(server, family, share: 0.2, failures);

        output.WriteLine("PostgreSQL " + summary);
        failures.AssertNone($"PostgreSQL {family}");
    }
}
