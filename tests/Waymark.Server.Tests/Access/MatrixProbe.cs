using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Waymark.Server.Tests.Access;

/// <summary>
/// Sends one matrix request and reads what the access layer made of it: ok (the handler answered), 401, 403
/// ("Not allowed") or 404 ("Workspace not found"); anything else comes back as its status and title, so it shows.
/// Bodies are the least that bind ("{}" under the type the route declares), so the access check is what decides.
/// </summary>
internal static partial class MatrixProbe
{
    private static readonly HashSet<HttpStatusCode> HandlerAnswers =
    [
        HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.Gone,
        HttpStatusCode.PreconditionFailed, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.UnprocessableEntity,
        HttpStatusCode.PreconditionRequired,
    ];

    public static async Task<string> SendAsync(HttpClient client, RouteEndpoint endpoint, string method, MatrixWorld world)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(endpoint.RoutePattern.RawText!, world));
        if (method is "POST" or "PUT" or "PATCH")
        {
            var type = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "text/csv";
            request.Content = new StringContent(type == "text/csv" ? "a\n1\n" : "{}", Encoding.UTF8, type);
        }

        using var response = await client.SendAsync(request);
        return await ClassifyAsync(response);
    }

    private static async Task<string> ClassifyAsync(HttpResponseMessage response)
    {
        var status = response.StatusCode;
        var title = await TitleAsync(response);
        return status switch
        {
            HttpStatusCode.Unauthorized => "401",
            HttpStatusCode.Forbidden when title == "Not allowed" => "403",
            HttpStatusCode.NotFound when title == "Workspace not found" => "404",
            _ when (int)status < 300 || HandlerAnswers.Contains(status) => "ok",
            _ => $"{(int)status} {title}",
        };
    }

    private static async Task<string> TitleAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static string Fill(string pattern, MatrixWorld world) => Parameter().Replace(pattern, m => m.Groups["name"].Value switch
    {
        "workspaceId" => MatrixWorld.Workspace,
        "mapId" => world.MapId,
        _ => "x",
    });

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
