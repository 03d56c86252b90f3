using Waymark.Testing.Fuzz;
using Xunit.Abstractions;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>One family's fuzz run on a fresh server and database, failed with the report of every distinct fault.</summary>
internal static class ServerFuzz
{
    public static async Task RunAsync(string provider, string connectionString, string family, double share, ITestOutputHelper output)
    {
        var failures = new FuzzFailures();
        var server = new FuzzServer(provider, connectionString);
        try
        {
            // On the thread pool, not xUnit's four test threads: a run is tens of thousands of requests one after another,
            // and each await would otherwise queue its continuation behind the other running tests' work (ADR 049).
            var summary = await Task.Run(async () =>
            {
                await server.StartAsync();
                return await FuzzRun.RunAsync(server, family, share, failures);
            });
            output.WriteLine($"{provider} {summary}");
        }
        finally
        {
            await server.DisposeAsync(); // its factory releases the database's connection pool
            if (provider == "Sqlite")
            {
                FuzzDatabase.Delete(connectionString);
            }
        }

        failures.AssertNone($"{provider} {family}");
    }
}
