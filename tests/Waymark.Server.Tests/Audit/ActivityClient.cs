using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Tests.Audit;

/// <summary>Reads a workspace's activity through the API (and its table directly), so tests read as what they check.</summary>
internal static class ActivityClient
{
    public static async Task<JsonElement> PageAsync(HttpClient http, string workspace, string query = "")
    {
        using var response = await http.GetAsync($"/api/workspaces/{workspace}/activity?{query}");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement[]> LinesAsync(HttpClient http, string workspace, string query = "") =>
        (await PageAsync(http, workspace, query)).GetProperty("items").EnumerateArray().ToArray();

    /// <summary>The single line of an action, after checking there is exactly one.</summary>
    public static async Task<JsonElement> OnlyAsync(HttpClient http, string workspace, string action)
    {
        var lines = await LinesAsync(http, workspace, "action=" + Uri.EscapeDataString(action));
        return Assert.Single(lines, l => l.GetProperty("action").GetString() == action);
    }

    /// <summary>Every row of the audit table, read past the API (for lines of a deleted workspace and for secrets).</summary>
    public static async Task<List<AuditEventEntity>> TableAsync(WaymarkFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        return await db.AuditEvents.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync();
    }

    public static async Task<int> SqlAsync(WaymarkFactory factory, string sql)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        return await db.Database.ExecuteSqlRawAsync(sql);
    }

    public static async Task<string> CreateMapAsync(HttpClient http, string workspace, string name)
    {
        using var response = await http.PostAsJsonAsync($"/api/workspaces/{workspace}/maps", new { name });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<HttpResponseMessage> DeleteWithETagAsync(HttpClient http, string url)
    {
        using var get = await http.GetAsync(url);
        get.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(get.Headers.ETag!.Tag));
        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostFileAsync(HttpClient http, string url, string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return http.PostAsync(url, content);
    }

    public static string Text(JsonElement line, string member) => line.GetProperty(member).GetString() ?? "";
}
