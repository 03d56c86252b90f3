using Waymark.Testing.Fuzz;
using Xunit.Abstractions;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>One family's fuzz run on a fresh server and database, failed with the report of every distinct fault.</summary>
internal static class ServerFuzz
{
    public static async Task RunAsync(string provider, string connectionString, string family, double share, ITestOutputHelper output)
    {
        await using var server = new FuzzServer(provider, connectionString);
        await server.StartAsync();
        var failures = new FuzzFailures();

        var summary = await FuzzRun.RunAsync(server, family, share, failures);

        output.WriteLine($"{provider} {summary}");
        failures.AssertNone($"{provider} {family}");
    }
}
