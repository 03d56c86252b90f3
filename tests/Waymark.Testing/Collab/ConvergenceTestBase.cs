namespace Waymark.Testing.Collab;

/// <summary>
/// The convergence test classes' shared set-up: their servers (started once per class, kept across its runs) and the
/// run-and-check every test does. A subclass says which servers.
/// </summary>
public abstract class ConvergenceTestBase : IAsyncLifetime
{
    private CollabServers? _servers;

    protected CollabServers Servers => _servers ?? throw new InvalidOperationException("The servers are not started.");

    public async Task InitializeAsync() => _servers = await StartServersAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (_servers is not null)
        {
            await _servers.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected abstract Task<CollabServers> StartServersAsync();

    /// <summary>One run; fails the test unless every copy converged and the run did edit (not only get refused).</summary>
    protected async Task<ConvergenceOutcome> AssertConvergesAsync(int seed, int clients, SimClientOptions options, int timeoutSeconds)
    {
        var outcome = await ConvergenceRun.RunAsync(Servers.Servers, seed, clients, options, TimeSpan.FromSeconds(timeoutSeconds)).ConfigureAwait(false);

        Assert.True(outcome.Converged, outcome.ToString());
        Assert.True(outcome.Applied > clients * options.Edits / 4, outcome.ToString());
        return outcome;
    }
}
