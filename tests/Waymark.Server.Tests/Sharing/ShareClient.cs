using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;

namespace Waymark.Server.Tests.Sharing;

/// <summary>Helpers over the share-link routes, so tests read as what they check.</summary>
internal static class ShareClient
{
    public static string LinksUrl(string mapId) => $"{ApiClient.MapUrl(mapId)}/share-links";

    /// <summary>Creates a link and answers its id and token (the secret, answered once).</summary>
    public static async Task<(string Id, string Token)> CreateAsync(HttpClient http, string mapId, string access = "view",
        string? passcode = null, bool includesData = false, DateTime? expiresAt = null)
    {
        using var response = await http.PostAsJsonAsync(LinksUrl(mapId), new { access, passcode, includesData, expiresAt, label = "Stakeholders" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (doc.RootElement.GetProperty("link").GetProperty("id").GetString()!, doc.RootElement.GetProperty("token").GetString()!);
    }

    public static Task<HttpResponseMessage> OpenAsync(HttpClient guest, string token, string? passcode = null, string? name = null) =>
        guest.PostAsJsonAsync("/api/share/open", new { token, passcode, name });

    /// <summary>A fresh browser: a client with its own cookies, holding the guest ticket of the link once opened.</summary>
    public static async Task<HttpClient> GuestAsync(WaymarkFactory factory, string token, string? passcode = null)
    {
        var guest = factory.CreateClient();
        using var response = await OpenAsync(guest, token, passcode, "Ada");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return guest;
    }

    public static async Task<JsonElement> ListAsync(HttpClient http, string mapId)
    {
        using var response = await http.GetAsync(LinksUrl(mapId));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    /// <summary>Changes a stored link directly, as time would (an expiry passing).</summary>
    public static async Task ExpireAsync(WaymarkFactory factory, string linkId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var past = DateTime.UtcNow.AddMinutes(-1);
        await db.ShareLinks.Where(l => l.Id == linkId).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past));
    }

    public static async Task<List<(string Action, string? Target, string? Detail, string ActorName)>> AuditAsync(WaymarkFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        var rows = await db.AuditEvents.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
        return rows.Select(r => (r.Action, r.Target, r.Detail, r.ActorName)).ToList();
    }
}
