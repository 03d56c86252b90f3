using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Testing;
using Waymark.Testing.Fuzz;
using Xunit.Abstractions;

namespace Waymark.Cli.Tests.Fuzz;

/// <summary>
/// The CLI fuzz suite: each command runs in-process on WAYMARK_FUZZ_COUNT mutated files (see <see cref="FuzzSettings"/>);
/// import sends to a real server (at half the count: each case is a round trip). A failure report names the seed,
/// command and file of each distinct fault.
/// </summary>
internal static class CliFuzz
{
    public static async Task RunAsync(string family, ITestOutputHelper output)
    {
        // The server's database in memory-backed /dev/shm when there is one: thousands of commits, durability not in question.
        var database = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"waymark-cli-fuzz-{Guid.NewGuid():N}.db");
        var server = family == CliEntryPoints.Import
            ? await LiveWaymarkServer.StartAsync("--Ingest:Burst=1000000", "--Ingest:RequestsPerSecond=1000000", $"--ConnectionStrings:Waymark=Data Source={database}")
            : null;
        var failures = new FuzzFailures();
        try
        {
            using var cli = new CliRunner();
            var context = new CliFuzzContext(cli.Folder, server?.Address.ToString(), server is null ? null : await KeyAsync(server));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var count = FuzzSettings.Share(family == CliEntryPoints.Import ? 0.5 : 1);
            foreach (var entry in CliEntryPoints.Of(family))
            {
                foreach (var fuzzCase in FuzzCases.For(entry.Name, entry.Seeds, count, entry.Wrap))
                {
                    await RunAsync(cli, context, entry, fuzzCase, failures);
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CLI {family}: {failures.Cases} cases ({count} per command) in {clock.Elapsed.TotalSeconds:0.0} s"));
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            Array.ForEach(["", "-wal", "-shm"], suffix => File.Delete(database + suffix));
        }

        failures.AssertNone($"CLI {family}");
    }

    private static async Task RunAsync(CliRunner cli, CliFuzzContext context, CliEntryPoint entry, FuzzCase fuzzCase, FuzzFailures failures)
    {
        failures.Counted();
        var name = SafeName(fuzzCase.Label, entry.Extension);
        var file = cli.PathOf(name);
        await File.WriteAllBytesAsync(file, fuzzCase.Bytes);
        try
        {
            var result = await cli.RunAsync(entry.Arguments(context, file, fuzzCase));
            if (CliOutputCheck.Check(result, name, entry.StdoutIsData(fuzzCase)) is { } failure)
            {
                failures.Add(fuzzCase, failure.Kind, failure.Detail);
            }
        }
        catch (Exception e)
        {
            failures.Add(fuzzCase, $"exception out of the command: {e.GetType().Name}", e.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The case's hostile file name when the file system can hold it inside the test folder, else a plain one.</summary>
    private static string SafeName(string? label, string extension)
    {
        var name = (label ?? "input{ext}").Replace("{ext}", extension, StringComparison.Ordinal);
        var unsafeName = name.Length is 0 or > 200 || name.IndexOfAny(['/', '\\', '\0']) >= 0 || name.Any(char.IsSurrogate) || name.StartsWith('.');
        return unsafeName || !name.EndsWith(extension, StringComparison.Ordinal) ? "input" + extension : name;
    }

    private static async Task<string> KeyAsync(LiveWaymarkServer server)
    {
        using var http = WaymarkHttp.Client(server.Address);
        using var response = await http.PostAsJsonAsync("/api/workspaces/demo/api-keys", new { name = "fuzz" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}
