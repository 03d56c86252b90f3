using Waymark.Testing.Fuzz;
using Waymark.Testing.Postgres;
using Xunit.Abstractions;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// The server fuzz suite's storing entry points (uploads and ingestion) on PostgreSQL, at a tenth of the count:
/// what differs there is how rows are stored, not how inputs are read.
/// </summary>
[Collection(PostgresCollection3.Name)]
public sealed class PostgresServerFuzzTests(PostgresFixture postgres, ITestOutputHelper output)
{
    [Theory]
    [InlineData(EntryPoints.EventUploads)]
    [InlineData(EntryPoints.FeedbackUploads)]
    [InlineData(EntryPoints.Ingestion)]
    public Task Fuzz_MutatedInputs_NoServerErrorEveryRejectionPlacedNothingElseChanged(string family) =>
        ServerFuzz.RunAsync("Postgres", postgres.CreateMigratedDatabase(), family, share: 0.1, output);
}
