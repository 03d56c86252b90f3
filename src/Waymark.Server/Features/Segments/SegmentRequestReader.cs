using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Core.FileFormat;
using Waymark.Core.Text;

namespace Waymark.Server.Features.Segments;

/// <summary>
/// Reads a segment request strictly: unknown properties, wrong types, blank names and too many conditions are
/// each reported with the JSON path of what is wrong.
/// </summary>
internal sealed class SegmentRequestReader
{
    public const int MaxName = 200;
    public const int MaxDescription = 2_000;
    public const int MaxConditions = 50;
    public const int MaxValues = 200;
    public const int MaxText = 200;

    private static readonly string[] ConditionKeys = ["attributes", "did", "didNot", "channels"];

    private readonly List<MapProblem> _problems = [];

    /// <summary>Parses the request's JSON and reads it with <paramref name="read"/>; a problem names what is wrong.</summary>
    public static async Task<(T? Body, ValidationProblem? Problem)> ReadBodyAsync<T>(
        HttpRequest request, Func<SegmentRequestReader, JsonElement, T?> read, CancellationToken ct)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException e)
        {
            return (null, Common.Problems.Invalid("body", $"not valid JSON: {e.Message}"));
        }

        using (document)
        {
            var reader = new SegmentRequestReader();
            var body = read(reader, document.RootElement);
            return body is null ? (null, Common.Problems.Invalid(reader.Problems, "The segment is not valid")) : (body, null);
        }
    }

    public IReadOnlyList<MapProblem> Problems => _problems;

    public SegmentRequest? Read(JsonElement root)
    {
        // Every string and name must be text before any is read (GetString throws on a lone surrogate).
        if (JsonText.FindInvalid(root) is { } bad)
        {
            Report(bad.Length == 0 ? "body" : bad, $"this {(bad.EndsWith("\"]", StringComparison.Ordinal) ? "member name" : "value")} {Utf16Text.Problem}");
            return null;
        }

        if (!Object(root, "", ["name", "description", "conditions"]))
        {
            return null;
        }

        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : null;
        if (string.IsNullOrEmpty(name) || name.Length > MaxName)
        {
            Report("name", $"a segment needs a name of 1 to {MaxName} characters");
        }

        string? description = null;
        if (root.TryGetProperty("description", out var d) && d.ValueKind != JsonValueKind.Null)
        {
            description = d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (description is null || description.Length > MaxDescription)
            {
                Report("description", $"description must be text of at most {MaxDescription} characters");
            }
        }

        var conditions = root.TryGetProperty("conditions", out var c) && c.ValueKind != JsonValueKind.Null
            ? Conditions(c)
            : SegmentConditions.None;
        return _problems.Count == 0 ? new SegmentRequest(name!, description, conditions) : null;
    }

    /// <summary>The body of a preview: only the conditions, read as strictly as a saved segment's.</summary>
    public SegmentConditions? ReadConditions(JsonElement root)
    {
        if (JsonText.FindInvalid(root) is { } bad)
        {
            Report(bad.Length == 0 ? "body" : bad, $"this value {Utf16Text.Problem}");
            return null;
        }

        if (!Object(root, "", ["conditions"]))
        {
            return null;
        }

        var conditions = root.TryGetProperty("conditions", out var c) && c.ValueKind != JsonValueKind.Null
            ? Conditions(c)
            : SegmentConditions.None;
        return _problems.Count == 0 ? conditions : null;
    }

    private SegmentConditions Conditions(JsonElement node)
    {
        if (!Object(node, "conditions", ConditionKeys))
        {
            return SegmentConditions.None;
        }

        var attributes = new List<SegmentAttribute>();
        if (Array(node, "attributes", "conditions.attributes") is { } items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var path = $"conditions.attributes[{I(i)}]";
                if (Object(items[i], path, ["key", "values"]))
                {
                    var key = Texts(items[i], "key", path, single: true).FirstOrDefault();
                    var values = Texts(items[i], "values", path, single: false);
                    if (values.Count is 0 or > MaxValues)
                    {
                        Report($"{path}.values", $"list 1 to {MaxValues} values");
                    }

                    attributes.Add(new SegmentAttribute(key ?? "", values));
                }
            }
        }

        var conditions = new SegmentConditions(attributes, Texts(node, "did", "conditions", false), Texts(node, "didNot", "conditions", false), Texts(node, "channels", "conditions", false));
        var total = conditions.Attributes.Count + conditions.Did.Count + conditions.DidNot.Count + conditions.Channels.Count;
        if (total > MaxConditions)
        {
            Report("conditions", $"the segment has {I(total)} conditions; the limit is {MaxConditions}");
        }

        return conditions;
    }

    /// <summary>A string (single) or a list of non-blank strings under <paramref name="name"/>; missing = empty.</summary>
    private List<string> Texts(JsonElement parent, string name, string parentPath, bool single)
    {
        var path = $"{parentPath}.{name}";
        if (!parent.TryGetProperty(name, out var node) || (node.ValueKind == JsonValueKind.Null && !single))
        {
            if (single)
            {
                Report(path, "required");
            }

            return [];
        }

        var elements = single ? [node] : Array(parent, name, path) ?? [];
        var result = new List<string>();
        for (var i = 0; i < elements.Count; i++)
        {
            var itemPath = single ? path : $"{path}[{I(i)}]";
            var text = elements[i].ValueKind == JsonValueKind.String ? elements[i].GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(text) || text.Length > MaxText)
            {
                Report(itemPath, $"must be text of 1 to {MaxText} characters");
                continue;
            }

            result.Add(text);
        }

        return result;
    }

    private List<JsonElement>? Array(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var node) || node.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (node.ValueKind != JsonValueKind.Array)
        {
            Report(path, "must be a list");
            return null;
        }

        return [.. node.EnumerateArray()];
    }

    private bool Object(JsonElement node, string path, string[] known)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            Report(path.Length == 0 ? "body" : path, "must be an object");
            return false;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                Report(Member(path, property.Name), $"unknown property \"{property.Name}\"; allowed: {string.Join(", ", known)}");
            }
        }

        return true;
    }

    private void Report(string path, string message) => _problems.Add(new MapProblem(path, message));

    /// <summary>"conditions.did", or the name quoted when it is not a plain word (empty, dotted): conditions["a.b"], [""].</summary>
    private static string Member(string path, string name)
    {
        if (name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            return path.Length == 0 ? name : $"{path}.{name}";
        }

        var quoted = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $"{path}[\"{quoted}\"]";
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
