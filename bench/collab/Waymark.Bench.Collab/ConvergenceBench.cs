using System.Globalization;
using Waymark.Testing.Collab;

namespace Waymark.Bench.Collab;

/// <summary>
/// Many convergence runs on one or two servers, <c>parallel</c> at once (each run has its own map): seeds
/// first..first+runs-1, 2 to max clients each (from the seed), random pauses and drop-offs. Prints progress, then
/// runs, failures and time; the failed seeds' problems go to stderr.
/// </summary>
internal static class ConvergenceBench
{
    public static async Task<int> RunAsync(int runs, int serverCount, int maxClients, int parallel, int firstSeed)
    {
        await using var servers = serverCount == 2 ? await CollabServers.TwoAsync() : await CollabServers.OneAsync();
        var options = new SimClientOptions { Edits = 20, MaxDelayMs = 5, DisconnectChance = 0.05 };
        var reported = 0;
        var totals = await ConvergenceRuns.RunManyAsync(servers.Servers, firstSeed, runs, parallel, maxClients, options, TimeSpan.FromSeconds(300), now =>
        {
            foreach (var failed in now.Failed.Skip(Interlocked.Exchange(ref reported, now.Failed.Count)))
            {
                Console.Error.WriteLine($"FAILED {failed}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{now.Runs} runs, {now.Failed.Count} failures, {now.Applied} ops applied, {now.JoinRetries} joins retried, {now.Elapsed.TotalSeconds:F0} s"));
        });
        foreach (var failed in totals.Failed.Skip(reported))
        {
            await Console.Error.WriteLineAsync($"FAILED {failed}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"servers: {serverCount}; runs: {totals.Runs} (seeds {firstSeed}-{firstSeed + runs - 1}, {parallel} at once); failures: {totals.Failed.Count}; " +
            $"ops applied: {totals.Applied}; joins retried: {totals.JoinRetries}; time: {totals.Elapsed.TotalSeconds:F1} s ({totals.Elapsed.TotalMilliseconds / runs:F0} ms a run)"));
        return totals.Failed.Count == 0 ? 0 : 1;
    }
}
