using System.Diagnostics;
using System.Globalization;
using Waymark.Testing.Collab;

namespace Waymark.Bench.Collab;

/// <summary>
/// Many convergence runs on one or two servers: seeds 1..runs, 2 to max clients each (from the seed), random pauses
/// and drop-offs. Prints progress, then runs, failures and time; the failed seeds' problems go to stderr.
/// </summary>
internal static class ConvergenceBench
{
    public static async Task<int> RunAsync(int runs, int serverCount, int maxClients)
    {
        await using var servers = serverCount == 2 ? await CollabServers.TwoAsync() : await CollabServers.OneAsync();
        var clock = Stopwatch.StartNew();
        var failures = 0;
        var applied = 0L;
        for (var seed = 1; seed <= runs; seed++)
        {
            var clients = 2 + new Random(seed).Next(maxClients - 1);
            var options = new SimClientOptions { Edits = 20, MaxDelayMs = 5, DisconnectChance = 0.05 };
            var outcome = await ConvergenceRun.RunAsync(servers.Servers, seed, clients, options, TimeSpan.FromSeconds(120));
            applied += outcome.Applied;
            if (!outcome.Converged)
            {
                failures++;
                await Console.Error.WriteLineAsync($"FAILED {outcome}");
            }

            if (seed % 100 == 0 || seed == runs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{seed} runs, {failures} failures, {applied} ops applied, {clock.Elapsed.TotalSeconds:F0} s"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"servers: {serverCount}; runs: {runs}; failures: {failures}; ops applied: {applied}; time: {clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed.TotalMilliseconds / runs:F0} ms a run)"));
        return failures == 0 ? 0 : 1;
    }
}
