using System.Text.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.EventStores;
using Waymark.Data.FeedbackStores;
using Waymark.Server.Features.Sources;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// Everything a workspace holds, as bytes: its maps, revisions, personas and segments as the API serves them, its
/// figures (summary, activities, customers, feedback), and every stored event, attribute and feedback item read
/// from the stores. Two dumps are compared byte for byte.
/// </summary>
internal static class WorkspaceDump
{
    public static async Task<byte[]> ReadAsync(HttpClient http, IServiceProvider services, string workspaceId)
    {
        var dump = new StringBuilder();
        var root = $"/api/workspaces/{workspaceId}";
        var maps = await GetAsync(http, dump, $"{root}/maps");
        foreach (var id in Ids(maps))
        {
            await GetAsync(http, dump, $"{root}/maps/{id}");
            await GetAsync(http, dump, $"{root}/maps/{id}/revisions");
        }

        var personas = await GetAsync(http, dump, $"{root}/personas");
        foreach (var id in Ids(personas))
        {
            await GetAsync(http, dump, $"{root}/personas/{id}");
        }

        foreach (var path in new[] { "segments", "events/summary", "activities", "customers", "feedback/summary", "feedback?limit=500", "api-keys" })
        {
            await GetAsync(http, dump, $"{root}/{path}");
        }

        await StoresAsync(services, workspaceId, dump);
        return Encoding.UTF8.GetBytes(dump.ToString());
    }

    private static async Task StoresAsync(IServiceProvider services, string workspaceId, StringBuilder dump)
    {
        var events = services.GetRequiredService<IEventStore>();
        dump.Append("## events\n");
        await foreach (var e in events.ReadSinceAsync(EventSources.DefaultKey(workspaceId), 0))
        {
            dump.Append(JsonSerializer.Serialize(e)).Append('\n');
        }

        dump.Append("## attributes\n");
        await foreach (var a in events.ReadAttributesAsync(EventSources.DefaultKey(workspaceId)))
        {
            dump.Append(JsonSerializer.Serialize(a)).Append('\n');
        }

        dump.Append("## feedback\n");
        await foreach (var f in services.GetRequiredService<IFeedbackStore>().ReadSinceAsync(workspaceId, 0))
        {
            dump.Append(JsonSerializer.Serialize(f)).Append('\n');
        }
    }

    private static async Task<string> GetAsync(HttpClient http, StringBuilder dump, string url)
    {
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        dump.Append($"## GET {url} {(int)response.StatusCode}\n").Append(body).Append('\n');
        return body;
    }

    private static IEnumerable<string> Ids(string list)
    {
        using var doc = JsonDocument.Parse(list);
        return doc.RootElement.ValueKind == JsonValueKind.Array
            ? [.. doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)]
            : [];
    }
}
