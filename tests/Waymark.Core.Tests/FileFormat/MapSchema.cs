using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Waymark.Core.Tests.FileFormat;

/// <summary>The published JSON Schema (docs/schema), loaded once from the repository the tests run in.</summary>
public static class MapSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static string Path { get; } = FindSchema();

    /// <summary>Schema violations as "path: kind" lines; empty when the document conforms.</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(Parse(json)).Select(e => $"{e.Path}: {e.Kind}").ToList();

    /// <summary>
    /// NJsonSchema cannot range-check integers beyond 64 bits (decimal's 29-digit values), so those are handed to it
    /// as decimals; the schema only says "number" for them anyway.
    /// </summary>
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader);
        foreach (var value in ((JContainer)token).DescendantsAndSelf().OfType<JValue>().Where(v => v.Value is BigInteger).ToList())
        {
            value.Value = (decimal)(BigInteger)value.Value!;
        }

        return token;
    }

    private static JsonSchema Load() => JsonSchema.FromJsonAsync(File.ReadAllText(Path)).GetAwaiter().GetResult();

    private static string FindSchema()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "docs", "schema", "waymark-map.schema.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/schema/waymark-map.schema.json not found above the test output folder");
    }
}
