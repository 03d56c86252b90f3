using System.Net;
using System.Text.Json;

namespace Waymark.Browser.Tests;

/// <summary>
/// Another site's page, opened by a signed-in owner: cross-site form posts (into hidden frames) and fetches with the
/// browser's credentials against the routes that matter most with a session (create a map, create a share link,
/// invite, change a role, sign out everywhere, change the password), then cross-origin reads of the account and the
/// workspace. Each outcome lands in window.results; the title becomes "done".
/// </summary>
internal static class SessionAttackPage
{
    public static string Html(Uri waymark, string workspace, string mapId, string memberId, string password)
    {
        var site = waymark.ToString().TrimEnd('/');
        var ws = $"{site}/api/workspaces/{workspace}";
        var changePassword = JsonSerializer.Serialize(new { currentPassword = password, newPassword = "taken over by evil" });
        string[] forms =
        [
            JsonForm($"{ws}/maps", """{"name":"Planted","kind":"currentState","x":"""),
            JsonForm($"{ws}/maps/{mapId}/share-links", """{"access":"view","label":"Planted","x":"""),
            JsonForm($"{ws}/invitations", """{"role":"owner","x":"""),
            JsonForm($"{site}/api/account/password", changePassword[..^1] + ""","x":"""),
            $"<form method=\"post\" action=\"{WebUtility.HtmlEncode(site)}/api/account/sign-out-everywhere\"></form>",
        ];
        var script = $$"""
            const ws = {{Js(ws)}}, site = {{Js(site)}};
            const json = { 'Content-Type': 'application/json', 'X-Waymark-Client': 'web' };
            const write = (url, method, body) => Promise.all([
              fetch(url, { method, credentials: 'include', headers: json, body }).then((r) => 'answered ' + r.status, () => 'blocked'),
              fetch(url, { method, mode: 'no-cors', credentials: 'include', body }).then((r) => 'opaque ' + r.type, () => 'blocked'),
            ]);
            const read = (url) => fetch(url, { credentials: 'include' }).then((r) => r.text()).then((t) => 'read ' + t, () => 'blocked');
            [...document.forms].forEach((f, i) => { f.target = 'sink' + i; f.submit(); });
            Promise.all([
              write(ws + '/maps', 'POST', '{"name":"Planted","kind":"currentState"}'),
              write(ws + '/maps/{{mapId}}/share-links', 'POST', '{"access":"view","label":"Planted"}'),
              write(ws + '/invitations', 'POST', '{"role":"owner"}'),
              write(ws + '/members/{{memberId}}', 'PUT', '{"role":"viewer"}'),
              write(site + '/api/account/sign-out-everywhere', 'POST', undefined),
              write(site + '/api/account/password', 'POST', {{Js(changePassword)}}),
              read(site + '/api/account/me'),
              read(ws + '/maps'),
              read(ws + '/members'),
            ]).then((results) => { window.results = results; setTimeout(() => { document.title = 'done'; }, 1500); });
            """;
        var frames = string.Concat(Enumerable.Range(0, forms.Length).Select(i => $"<iframe name=\"sink{i}\"></iframe>"));
        return $"<!doctype html><html><head><title>Quarterly report</title></head><body>{string.Concat(forms)}{frames}<script>{script}</script></body></html>";
    }

    /// <summary>A text/plain form whose one field name and value make up a JSON object: the classic CSRF trick.</summary>
    private static string JsonForm(string action, string name) =>
        $"<form method=\"post\" action=\"{WebUtility.HtmlEncode(action)}\" enctype=\"text/plain\">"
        + $"<textarea name=\"{WebUtility.HtmlEncode(name + "\"")}\">{WebUtility.HtmlEncode("\"}")}</textarea></form>";

    private static string Js(string text) => JsonSerializer.Serialize(text);
}
