using System.Collections.Concurrent;
using System.Diagnostics;

namespace Waymark.Testing.Collab;

/// <summary>
/// Many convergence runs against the same servers, <c>parallel</c> at once: runs on different maps share nothing but
/// the servers, so the long mode (bench/collab/convergence.sh) costs its slowest runs' time, not their sum. Seeds
/// first..first+runs-1; each run's editor count (2..maxClients) comes from its seed.
/// </summary>
public static class ConvergenceRuns
{
    public static async Task<ConvergenceTotals> RunManyAsync(
        IReadOnlyList<LiveWaymarkServer> servers, int firstSeed, int runs, int parallel, int maxClients,
        SimClientOptions options, TimeSpan timeout, Action<ConvergenceTotals>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxClients, 2);
        var clock = Stopwatch.StartNew();
        var failed = new ConcurrentQueue<ConvergenceOutcome>();
        long done = 0, applied = 0, joinRetries = 0;
        var seeds = Enumerable.Range(firstSeed, runs);
        await Parallel.ForEachAsync(seeds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel) }, async (seed, _) =>
        {
            var clients = ClientsFor(seed, maxClients);
            var outcome = await ConvergenceRun.RunAsync(servers, seed, clients, options, timeout).ConfigureAwait(false);
            Interlocked.Add(ref applied, outcome.Applied);
            Interlocked.Add(ref joinRetries, outcome.JoinRetries);
            if (!outcome.Converged)
            {
                failed.Enqueue(outcome);
            }

            var finished = Interlocked.Increment(ref done);
            if (progress is not null && (finished % 100 == 0 || finished == runs))
            {
                progress(new ConvergenceTotals((int)finished, [.. failed], Interlocked.Read(ref applied), clock.Elapsed, Interlocked.Read(ref joinRetries)));
            }
        }).ConfigureAwait(false);
        return new ConvergenceTotals(runs, [.. failed], applied, clock.Elapsed, joinRetries);
    }

    /// <summary>How many editors the run with this seed has: 2 to <paramref name="maxClients"/>.</summary>
    public static int ClientsFor(int seed, int maxClients) => 2 + new Random(seed).Next(maxClients - 1);
}

/// <summary>Where a set of runs stands: runs finished, the failed ones, ops applied in all, time so far, Joins retried.</summary>
public sealed record ConvergenceTotals(int Runs, IReadOnlyList<ConvergenceOutcome> Failed, long Applied, TimeSpan Elapsed, long JoinRetries = 0);
