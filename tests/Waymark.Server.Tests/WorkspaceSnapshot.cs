namespace Waymark.Server.Tests;

/// <summary>Everything a refused request could have changed in a workspace, read back through the API.</summary>
internal static class WorkspaceSnapshot
{
    public static async Task<string> ReadAsync(HttpClient http, string workspace)
    {
        var ws = $"/api/workspaces/{workspace}";
        var parts = new List<string>();
        foreach (var url in new[]
                 {
                     "/api/workspaces", $"{ws}/maps", $"{ws}/personas", $"{ws}/segments", $"{ws}/api-keys",
                     $"{ws}/events/summary", $"{ws}/feedback/summary", $"{ws}/feedback",
                 })
        {
            using var response = await http.GetAsync(url);
            response.EnsureSuccessStatusCode();
            parts.Add(url + " " + await response.Content.ReadAsStringAsync());
        }

        return string.Join("\n", parts);
    }
}
