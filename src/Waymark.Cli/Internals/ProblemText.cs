using System.Text;
using System.Text.Json;

namespace Waymark.Cli;

/// <summary>Turns an RFC 7807 problem body into one readable line: title, detail and each "path: error".</summary>
internal static class ProblemText
{
    public static string From(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var text = new StringBuilder();
            Append(text, root, "title");
            Append(text, root, "detail");
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var error in errors.EnumerateObject())
                {
                    foreach (var message in error.Value.EnumerateArray())
                    {
                        text.Append(Environment.NewLine).Append("  ").Append(error.Name).Append(": ").Append(message.GetString());
                    }
                }
            }

            return text.Length > 0 ? text.ToString() : body;
        }
        catch (JsonException)
        {
            return body.Length > 500 ? body[..500] : body;
        }
    }

    private static void Append(StringBuilder text, JsonElement root, string name)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            text.Append(text.Length > 0 ? " - " : "").Append(value.GetString());
        }
    }
}
