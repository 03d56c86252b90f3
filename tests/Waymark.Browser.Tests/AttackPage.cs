using System.Net;
using System.Text.Json;

namespace Waymark.Browser.Tests;

/// <summary>
/// The attacker's page: every simple cross-site request that planted data in the audit (form posts as text/plain,
/// urlencoded and multipart into hidden frames; no-cors fetches with text/plain, typeless or no bodies) plus a cors
/// fetch with the client header, which needs a preflight Waymark never approves. Sets its title to "done" at the end.
/// </summary>
internal static class AttackPage
{
    /// <summary>The POSTs the page makes reach Waymark (the cors fetch stops at its preflight).</summary>
    public const int ExpectedPosts = 15;

    private const string EventsCsv = "customer_id,activity,timestamp\nplanted,Planted,2026-11-01T10:00:00Z\n";
    private const string FeedbackCsv = "customer_id,submitted_at,review,csat\nplanted,2026-11-01T10:00:00Z,Planted,5\n";

    public static string Html(Uri waymark, string workspace, string mapId, string mapJson)
    {
        var ws = $"{waymark.ToString().TrimEnd('/')}/api/workspaces/{workspace}";
        string[] forms =
        [
            TextForm($"{ws}/imports?fileName=e.csv", EventsCsv + "x", ""),
            Form($"{ws}/imports?fileName=e.csv", "multipart/form-data", ("file", EventsCsv)),
            TextForm($"{ws}/feedback/imports?fileName=f.csv", FeedbackCsv + "x", ""),
            Form($"{ws}/feedback/imports?fileName=f.csv", "multipart/form-data", ("file", FeedbackCsv)),
            TextForm($"{ws}/segments", "{\"name\":\"Planted\",\"conditions\":{\"did\":[\"Planted\"]},\"x\":\"", "\"}"),
            TextForm($"{ws}/personas", "{\"schemaVersion\":1,\"id\":\"per-planted\",\"name\":\"Planted\",\"x\":\"", "\"}"),
            TextForm($"{ws}/api-keys", "{\"name\":\"Planted\",\"x\":\"", "\"}"),
            Form($"{ws}/maps/{mapId}/duplicate", "application/x-www-form-urlencoded"),
            Form($"{ws}/maps/draft-from-data", "application/x-www-form-urlencoded"),
        ];
        var script = $$"""
            const ws = {{Js(ws)}};
            const quiet = (p) => p.then(() => 'sent', (e) => 'blocked: ' + e);
            const forms = [...document.forms];
            forms.forEach((f, i) => { f.target = 'sink' + i; f.submit(); });
            Promise.all([
              quiet(fetch(ws + '/imports?fileName=e.csv', { method: 'POST', mode: 'no-cors', body: {{Js(EventsCsv)}} })),
              quiet(fetch(ws + '/imports?fileName=e.csv', { method: 'POST', mode: 'no-cors', body: new Blob([{{Js(EventsCsv)}}]) })),
              quiet(fetch(ws + '/feedback/imports?fileName=f.csv', { method: 'POST', mode: 'no-cors', body: new Blob([{{Js(FeedbackCsv)}}]) })),
              quiet(fetch(ws + '/maps/import', { method: 'POST', mode: 'no-cors', body: {{Js(mapJson)}} })),
              quiet(fetch(ws + '/maps/{{mapId}}/duplicate', { method: 'POST', mode: 'no-cors' })),
              quiet(fetch({{Js(waymark.ToString().TrimEnd('/'))}} + '/api/workspaces', { method: 'POST', mode: 'no-cors', body: '{"name":"Planted"}' })),
              quiet(fetch(ws + '/api-keys', { method: 'POST', headers: { 'X-Waymark-Client': 'web', 'Content-Type': 'application/json' }, body: '{"name":"Planted"}' })),
            ]).then((results) => { window.results = results; document.title = 'done'; });
            """;
        var frames = string.Concat(Enumerable.Range(0, forms.Length).Select(i => $"<iframe name=\"sink{i}\"></iframe>"));
        return $"<!doctype html><html><head><title>Free prizes</title></head><body>{string.Concat(forms)}{frames}<script>{script}</script></body></html>";
    }

    private static string TextForm(string action, string name, string value) =>
        Form(action, "text/plain", (name, value));

    private static string Form(string action, string enctype, params (string Name, string Value)[] fields)
    {
        var inputs = string.Concat(fields.Select(f =>
            $"<textarea name=\"{WebUtility.HtmlEncode(f.Name)}\">{WebUtility.HtmlEncode(f.Value)}</textarea>"));
        return $"<form method=\"post\" action=\"{WebUtility.HtmlEncode(action)}\" enctype=\"{enctype}\">{inputs}</form>";
    }

    private static string Js(string text) => JsonSerializer.Serialize(text);
}
