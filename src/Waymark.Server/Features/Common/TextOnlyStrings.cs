using System.Text.Json;
using System.Text.Json.Serialization;

namespace Waymark.Server.Features.Common;

/// <summary>
/// Strings of request bodies the framework binds (new maps, workspaces, API keys, ...) must be text: JSON can spell
/// a lone surrogate ("\ud800") and carry invalid UTF-8, which the serializer reads by throwing an
/// InvalidOperationException (a 500). Here they fail as a <see cref="JsonException"/>, which binding reports with
/// the member's path (see <see cref="BindingProblems"/>). Writing is unchanged.
/// </summary>
internal sealed class TextOnlyStrings : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"must be text, not {Describe(reader.TokenType)}");
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new JsonException("is not valid text (a lone surrogate such as \\ud800, or bytes that are not UTF-8)");
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        _ => token.ToString().ToLowerInvariant(),
    };
}
