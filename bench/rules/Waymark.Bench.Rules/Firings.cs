using System.Net.Http.Json;
using System.Text.Json;

namespace Waymark.Bench.Rules;

/// <summary>A firing as the rule's firings API lists it: the customer, when it fired, and its deliveries' webhook-ids.</summary>
internal sealed record Firing(string Customer, DateTime FiredAt, string[] WebhookIds);

/// <summary>Reads every firing of the bench's rule, page by page (200 a page), through the API.</summary>
internal static class Firings
{
    public static async Task<List<Firing>> ReadAllAsync(HttpClient http, BenchWorkspace w)
    {
        var all = new List<Firing>();
        string? before = null;
        do
        {
            var url = $"/api/workspaces/{w.Workspace}/maps/{w.Map}/rules/{w.Rule}/firings?limit=200" + (before is null ? "" : "&before=" + before);
            var page = await http.GetFromJsonAsync<JsonElement>(new Uri(url, UriKind.Relative));
            foreach (var f in page.GetProperty("items").EnumerateArray())
            {
                all.Add(new Firing(
                    f.GetProperty("customer").GetString()!,
                    Utc(f.GetProperty("firedAt").GetDateTime()),
                    [.. f.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("webhookId").GetString()!)]));
            }

            before = page.GetProperty("next") is { ValueKind: JsonValueKind.String } next ? next.GetString() : null;
        }
        while (before is not null);
        return all;
    }

    private static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime();
}
