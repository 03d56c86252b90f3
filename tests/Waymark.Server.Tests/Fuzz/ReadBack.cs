using System.Text.Json;
using Waymark.Testing.Fuzz;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// After a family's run, every read of the target workspace must still answer: whatever was accepted must not
/// break the figures (a stored value the log cannot load would answer 500 from then on).
/// </summary>
internal static class ReadBack
{
    public static async Task CheckAsync(FuzzServer server, string family, FuzzFailures failures)
    {
        var root = $"/api/workspaces/{server.Target}";
        var reads = new List<(string Route, string Url)>();
        foreach (var path in new[] { "events/summary", "activities", "customers", "customers?query=c&limit=500", "feedback/summary", "feedback?limit=500", "maps", "personas", "segments" })
        {
            reads.Add((path, $"{root}/{path}"));
        }

        foreach (var customer in (await IdsAsync(server, $"{root}/customers")).Take(5))
        {
            reads.Add(("customers/{id}/timeline", $"{root}/customers/{QueryText.Encode(customer)}/timeline"));
        }

        foreach (var map in (await IdsAsync(server, $"{root}/maps")).Take(20))
        {
            foreach (var path in new[] { "", "/export?format=yaml", "/revisions", "/paths", "/insights", "/feedback", "/overlay" })
            {
                reads.Add(("maps/{id}" + path, $"{root}/maps/{map}{path}"));
            }
        }

        foreach (var segment in (await IdsAsync(server, $"{root}/segments")).Take(10))
        {
            reads.Add(("maps/{id}/overlay?segment={id}", $"{root}/maps/{server.MapId}/overlay?segment={segment}"));
        }

        foreach (var persona in (await IdsAsync(server, $"{root}/personas")).Take(20))
        {
            reads.Add(("personas/{id}", $"{root}/personas/{persona}"));
        }

        foreach (var (route, url) in reads)
        {
            await ReadAsync(server, family, route, url, failures);
        }
    }

    private static async Task ReadAsync(FuzzServer server, string family, string route, string url, FuzzFailures failures)
    {
        server.Errors.Take();
        using var response = await server.Http.GetAsync(url);
        var logged = server.Errors.Take();
        if ((int)response.StatusCode >= 500 || logged.Count > 0)
        {
            var kind = $"read back {(int)response.StatusCode} {(logged.Count > 0 ? ServerErrors.Signature(logged[0]) : "")}";
            var read = new FuzzCase($"{family}: GET {route}", FuzzSettings.Seed, -1, "(the target workspace after the run)", url, []);
            failures.Add(read, kind, logged.Count > 0 ? logged[0].ToString() : await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task<List<string>> IdsAsync(FuzzServer server, string url)
    {
        using var response = await server.Http.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            return []; // the read itself is checked (and reported) with the others
        }

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.ValueKind == JsonValueKind.Array
            ? [.. doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)]
            : [];
    }
}
