using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Waymark.Testing.Collab;

/// <summary>
/// One convergence run: a fresh map from a template, 2-10 simulated editors spread over the given servers (one
/// database between them), each with its own seed, editing at once with random pauses and drop-offs; then quiet,
/// and <see cref="ConvergenceChecker"/> over what the first server stored.
/// </summary>
public static class ConvergenceRun
{
    public const string Workspace = "demo";

    public static async Task<ConvergenceOutcome> RunAsync(
        IReadOnlyList<LiveWaymarkServer> servers, int seed, int clientCount, SimClientOptions options, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var mapId = await CreateMapAsync(servers[0].Address).ConfigureAwait(false);
        var clients = new List<SimClient>(clientCount);
        try
        {
            for (var i = 0; i < clientCount; i++)
            {
                var name = "c" + i.ToString(CultureInfo.InvariantCulture);
                clients.Add(new SimClient(servers[i % servers.Count].Address, Workspace, mapId, HashCode.Combine(seed, i), name, options));
            }

            await Task.WhenAll(clients.Select(c => c.RunAsync(cancel.Token))).ConfigureAwait(false);
            var log = await ServerLog.ReadAsync(servers[0].Services, mapId).ConfigureAwait(false);
            await Task.WhenAll(clients.Select(c => c.CatchUpAsync(log.LastSeq, cancel.Token))).ConfigureAwait(false);
            var problems = ConvergenceChecker.Check(log, clients);
            return new ConvergenceOutcome(seed, mapId, log.Ops.Count, clients.Sum(c => c.Rejected.Count), problems, clients.Sum(c => c.JoinRetried));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return new ConvergenceOutcome(seed, mapId, 0, 0,
                [$"did not settle within {timeout.TotalSeconds} s: " + string.Join(", ", clients.Select(c => $"{c.Name} seq {c.Seq} pending {c.PendingCount} online {c.Online}"))],
                clients.Sum(c => c.JoinRetried));
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>A new map from the SaaS trial template; returns its id.</summary>
    public static async Task<string> CreateMapAsync(Uri server, string template = "saas-trial")
    {
        using var http = WaymarkHttp.Client(server);
        using var response = await http.PostAsJsonAsync($"/api/workspaces/{Workspace}/maps", new { templateId = template }).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return doc.RootElement.GetProperty("id").GetString()!;
    }
}
