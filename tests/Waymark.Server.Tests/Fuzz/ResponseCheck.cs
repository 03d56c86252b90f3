using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// What every answer to a fuzzed input must be: never a 5xx, never an exception logged; a 4xx is a problem
/// document that names where the input is wrong (see <see cref="PlaceStyle"/>); a 2xx names the place of every
/// row or item it left out.
/// </summary>
internal static partial class ResponseCheck
{
    /// <summary>Null when the answer is right, else what makes this failure distinct and its detail.</summary>
    public static (string Kind, string Detail)? Check(HttpStatusCode status, string? mediaType, string body, PlaceStyle style, IReadOnlyList<Exception> logged)
    {
        var code = (int)status;
        if (code >= 500 || logged.Count > 0)
        {
            var first = logged.FirstOrDefault();
            var kind = $"{code} {(first is null ? "(no exception logged)" : ServerErrors.Signature(first))}";
            return (kind, first?.ToString() ?? body);
        }

        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(body);
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return ($"{code} body is not JSON", body);
        }

        if (code >= 400)
        {
            if (mediaType != "application/problem+json")
            {
                return ($"{code} not a problem document ({mediaType})", body);
            }

            return code == 413 ? null : Rejection(code, root, style, body);
        }

        return Accepted(code, root, style, body);
    }

    private static (string, string)? Rejection(int code, JsonElement root, PlaceStyle style, string body)
    {
        var named = (code, style) switch
        {
            (400, PlaceStyle.EventUpload or PlaceStyle.FeedbackUpload or PlaceStyle.Preview) => HasErrors(root),
            (422, PlaceStyle.EventUpload or PlaceStyle.FeedbackUpload or PlaceStyle.Preview) => Items(root, "problems").Count > 0 ? HasLines(root) : DetailNamesLine(root),
            (400, PlaceStyle.IngestEvents or PlaceStyle.IngestFeedback) => Path(root).StartsWith('$'),
            (400, PlaceStyle.Document) => HasErrors(root),
            _ => (bool?)null,
        };
        return named switch
        {
            null => ($"unexpected {code} {Title(root)}", body),
            false => ($"{code} names no place: {Title(root)}", body),
            true => null,
        };
    }

    private static (string, string)? Accepted(int code, JsonElement root, PlaceStyle style, string body)
    {
        switch (style)
        {
            case PlaceStyle.EventUpload or PlaceStyle.FeedbackUpload:
                var rows = Items(root, "problems");
                return !rows.All(p => Line(p) >= 1) ? ($"{code} skipped row without a line", body)
                    : rows.FirstOrDefault(p => !FieldNamed(p)) is { ValueKind: JsonValueKind.Object } unnamed ? ($"{code} bad value without its field: {Reason(unnamed)}", body)
                    : null;
            case PlaceStyle.IngestEvents or PlaceStyle.IngestFeedback:
                var rejected = Items(root, "rejected");
                var placed = rejected.All(r => Index(r) >= 0 && Path(r).StartsWith('$'));
                return placed && (code == 207) == (rejected.Count > 0) ? null : ($"{code} rejected item without a place", body);
            default:
                return null;
        }
    }

    private static bool HasErrors(JsonElement root) =>
        root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object &&
        errors.EnumerateObject().Any() && errors.EnumerateObject().All(e => e.Name.Length > 0);

    private static bool HasLines(JsonElement root)
    {
        var problems = Items(root, "problems");
        return problems.Count > 0 && problems.All(p => Line(p) >= 1 && FieldNamed(p));
    }

    /// <summary>
    /// A row problem about a value ("cannot read 'x' as a timestamp") names the value's field: its header or JSON
    /// member in <c>column</c>; a <c>field</c> number is 1 or more; and no reason calls a character offset a column.
    /// </summary>
    private static bool FieldNamed(JsonElement problem)
    {
        var reason = Reason(problem);
        var column = problem.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
        var field = problem.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : (int?)null;
        return field is null or >= 1 && !CharacterColumn().IsMatch(reason) &&
            (!reason.Contains("cannot read '", StringComparison.Ordinal) || column.Length > 0);
    }

    private static string Reason(JsonElement problem) =>
        problem.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()!
        : problem.TryGetProperty("problem", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "";

    private static bool DetailNamesLine(JsonElement root) => LinePlace().IsMatch(Detail(root));

    private static List<JsonElement> Items(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray()]
            : [];

    private static long Line(JsonElement item) =>
        item.TryGetProperty("line", out var line) && line.ValueKind == JsonValueKind.Number ? line.GetInt64() : -1;

    private static long Index(JsonElement item) =>
        item.TryGetProperty("index", out var index) && index.ValueKind == JsonValueKind.Number ? index.GetInt64() : -1;

    private static string Path(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String ? path.GetString()! : "";

    private static string Detail(JsonElement root) =>
        root.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";

    private static string Title(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";

    [GeneratedRegex(@"\(column \d+\)")]
    private static partial Regex CharacterColumn();

    [GeneratedRegex(@"\bline \d+", RegexOptions.IgnoreCase)]
    private static partial Regex LinePlace();

}
