using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waymark.Core.Operations;

/// <summary>The JSON of ops and edits (camelCase, <c>type</c> first when written, anywhere when read).</summary>
public static class OperationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Write(MapEdit edit) => JsonSerializer.Serialize(edit, Options);

    public static MapEdit ReadEdit(string json) =>
        JsonSerializer.Deserialize<MapEdit>(json, Options) ?? throw new JsonException("the edit is null");

    /// <summary>
    /// Reads one op as a client sent it; null with a problem (path and message) for anything malformed: not an
    /// object, no or a too-long id, an unknown edit type, a member of the wrong type.
    /// </summary>
    public static MapOperation? TryRead(JsonElement element, out string? id, out string? problemPath, out string? problem)
    {
        id = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var idNode) && idNode.ValueKind == JsonValueKind.String
            ? idNode.GetString() : null;
        problemPath = null;
        problem = null;
        if (string.IsNullOrEmpty(id) || id.Length > MapOperation.MaxIdLength)
        {
            (problemPath, problem) = ("id", $"an op needs an id of 1 to {MapOperation.MaxIdLength} characters");
            return null;
        }

        try
        {
            var op = element.Deserialize<MapOperation>(Options);
            if (op?.Edit is null)
            {
                (problemPath, problem) = ("edit", "an op needs an edit");
                return null;
            }

            return op;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            var path = e is JsonException { Path: { } p } ? p.TrimStart('$', '.') : "edit";
            (problemPath, problem) = (path.Length == 0 ? "edit" : path, Describe(e));
            return null;
        }
    }

    private static string Describe(Exception e) =>
        e.Message.Contains("discriminator", StringComparison.OrdinalIgnoreCase) || e is NotSupportedException
            ? "unknown or missing edit type"
            : "a member has the wrong type: " + e.Message;
}
