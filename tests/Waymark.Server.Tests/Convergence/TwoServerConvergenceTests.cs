using Waymark.Testing.Collab;
using Waymark.Testing.Postgres;

namespace Waymark.Server.Tests.Convergence;

/// <summary>
/// The convergence runs with editors spread over TWO real servers sharing one PostgreSQL and one Redis (SignalR's
/// backplane): ops made on one server reach editors on the other, in one order, logged once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoServerConvergenceTests(PostgresFixture postgres) : ConvergenceTestBase
{
    [Theory]
    [InlineData(11, 2, 25)]
    [InlineData(12, 6, 12)]
    [InlineData(13, 10, 8)]
    public async Task Run_EditorsOnTwoServers_ConvergeOnTheStoredMap(int seed, int clients, int edits) =>
        await AssertConvergesAsync(seed, clients, new SimClientOptions { Edits = edits }, 90);

    protected override Task<CollabServers> StartServersAsync() => CollabServers.TwoAsync(postgres.Server);
}
