using System.Diagnostics;
using System.Globalization;
using Waymark.Testing.Fuzz;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// Sends every case of a family's entry points, one at a time, and checks each answer (<see cref="ResponseCheck"/>)
/// and that a rejected input left the target workspace as it was; then that the target still reads back and the
/// bystander workspace is byte for byte what it was before the run.
/// </summary>
internal static class FuzzRun
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<string> RunAsync(FuzzServer server, string family, double share, FuzzFailures failures)
    {
        var clock = Stopwatch.StartNew();
        var before = await WorkspaceDump.ReadAsync(server.Http, server.Services, server.Bystander);
        var count = FuzzSettings.Share(share);
        var times = new List<string>();
        await using var fingerprint = await WorkspaceFingerprint.OpenAsync(server.Services, server.Target);
        foreach (var entry in EntryPoints.Of(family))
        {
            var started = clock.Elapsed;
            var seeds = entry.SeedsFrom?.Invoke(server) ?? entry.Seeds;
            var state = await fingerprint.ReadAsync();
            var statuses = new SortedDictionary<int, int>();
            foreach (var fuzzCase in FuzzCases.For(entry.Name, seeds, count, entry.Wrap))
            {
                state = await SendAsync(server, entry, fuzzCase, fingerprint, state, failures, statuses);
            }

            var answers = string.Join(" ", statuses.Select(s => $"{s.Key}x{s.Value}"));
            times.Add(string.Create(CultureInfo.InvariantCulture, $"{entry.Name} {(clock.Elapsed - started).TotalSeconds:0.0} s [{answers}]"));
        }

        await ReadBack.CheckAsync(server, family, failures);
        var after = await WorkspaceDump.ReadAsync(server.Http, server.Services, server.Bystander);
        if (!before.AsSpan().SequenceEqual(after))
        {
            var bystander = new FuzzCase($"{family}: bystander workspace", FuzzSettings.Seed, -1, "(dump before and after the run)", "", []);
            failures.Add(bystander, "bystander workspace changed", FirstDifference(before, after));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{family}: {failures.Cases} cases ({count} per entry point) in {clock.Elapsed.TotalSeconds:0.0} s ({string.Join(", ", times)})");
    }

    private static async Task<string> SendAsync(FuzzServer server, EntryPoint entry, FuzzCase fuzzCase, WorkspaceFingerprint fingerprint, string state, FuzzFailures failures, SortedDictionary<int, int> statuses)
    {
        failures.Counted();
        server.Errors.Take();
        try
        {
            var send = entry.Send(server, fuzzCase);
            if (await Task.WhenAny(send, Task.Delay(Patience)) != send)
            {
                failures.Add(fuzzCase, "no answer within 60 s", "");
                return state;
            }

            using var response = await send;
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            var body = await response.Content.ReadAsStringAsync();
            var check = ResponseCheck.Check(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, entry.Style, server.Errors.Take());
            if (check is { } failure)
            {
                failures.Add(fuzzCase, failure.Kind, failure.Detail);
            }

            var now = await fingerprint.ReadAsync();
            if ((int)response.StatusCode is >= 400 and < 500 && now != state)
            {
                failures.Add(fuzzCase, $"{(int)response.StatusCode} rejected but stored", $"before: {state}\nafter:  {now}\nanswer: {body}");
            }

            return now;
        }
        catch (HttpRequestException e)
        {
            failures.Add(fuzzCase, "request failed " + e.InnerException?.GetType().Name, e.ToString());
            return await fingerprint.ReadAsync();
        }
    }

    private static string FirstDifference(byte[] before, byte[] after)
    {
        var at = before.AsSpan().CommonPrefixLength(after);
        var start = Math.Max(0, at - 200);
        return $"first difference at byte {at}:\nbefore: {FuzzCase.Escape(before[start..], 600)}\nafter:  {FuzzCase.Escape(after[start..], 600)}";
    }
}
