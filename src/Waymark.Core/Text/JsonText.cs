using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Waymark.Core.Text;

/// <summary>
/// Strings and member names of parsed JSON that may be hostile. JSON can spell what is not text: an escaped lone
/// surrogate ("\ud800") is valid JSON syntax, and <see cref="JsonDocument"/> does not check the UTF-8 inside strings;
/// <see cref="JsonElement.GetString"/> and <see cref="JsonProperty.Name"/> throw on both. Ways in find such strings
/// with <see cref="FindInvalid"/> and reject them by path; reads of stored JSON take them repaired.
/// </summary>
public static class JsonText
{
    /// <summary>Longest member name a path shows in full.</summary>
    public const int MaxNameInPath = 64;

    /// <summary>The string, or null when it is not valid text.</summary>
    public static string? Read(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException) when (value.ValueKind == JsonValueKind.String)
        {
            return null;
        }
    }

    /// <summary>The member's name, or null when it is not valid text.</summary>
    public static string? NameOf(JsonProperty member)
    {
        try
        {
            return member.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The string with what is not text replaced by U+FFFD; <paramref name="repaired"/> says whether any was.</summary>
    public static string ReadRepaired(JsonElement value, out bool repaired)
    {
        var text = Read(value);
        repaired = text is null;
        return text ?? Lenient(JsonMarshal.GetRawUtf8Value(value));
    }

    /// <summary>The member's name with what is not text replaced by U+FFFD.</summary>
    public static string NameRepaired(JsonProperty member, out bool repaired)
    {
        var name = NameOf(member);
        repaired = name is null;
        return name ?? Lenient(JsonMarshal.GetRawUtf8PropertyName(member));
    }

    /// <summary>
    /// The path, relative to <paramref name="element"/> (e.g. <c>properties.k</c>, <c>tags[2]</c>, "" for the element
    /// itself), of the first string or member name in it that is not valid text; null when all are. Names over
    /// <see cref="MaxNameInPath"/> characters are cut, so a rejection stays small whatever the input.
    /// </summary>
    public static string? FindInvalid(JsonElement element) => FindInvalid(element, "");

    private static string? FindInvalid(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return IsText(element) ? null : path;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindInvalid(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]") is { } found)
                    {
                        return found;
                    }

                    index++;
                }

                return null;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (FindInvalid(member, path) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The path of what is not text in the member (its name, or inside its value), or null.</summary>
    private static string? FindInvalid(JsonProperty member, string path)
    {
        // The common case, a member whose name and value are valid text, is decided without a string or a path made.
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        if (raw.IndexOf((byte)'\\') < 0 && Utf8.IsValid(raw) && member.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array) &&
            (member.Value.ValueKind != JsonValueKind.String || IsText(member.Value)))
        {
            return null;
        }

        if (NameOf(member) is not { } name)
        {
            // The name as written (escapes kept), so the sender can find it.
            return path + "[\"" + Cut(Encoding.UTF8.GetString(raw)) + "\"]";
        }

        return FindInvalid(member.Value, path.Length == 0 ? Cut(name) : path + "." + Cut(name));
    }

    /// <summary>Whether a JSON string is valid text: without escapes, valid UTF-8 (no string made); with them, decodable.</summary>
    private static bool IsText(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        return raw.IndexOf((byte)'\\') < 0 ? Utf8.IsValid(raw) : Read(value) is not null;
    }

    private static string Cut(string name) => Utf16Text.Clip(name, MaxNameInPath);

    /// <summary>Decodes a raw JSON string (escapes, UTF-8) replacing whatever is not text by U+FFFD.</summary>
    private static string Lenient(ReadOnlySpan<byte> raw)
    {
        if (raw is [(byte)'"', .., (byte)'"'])
        {
            raw = raw[1..^1];
        }

        var text = new StringBuilder(raw.Length);
        while (!raw.IsEmpty)
        {
            var slash = raw.IndexOf((byte)'\\');
            text.Append(Encoding.UTF8.GetString(slash < 0 ? raw : raw[..slash])); // invalid UTF-8 becomes U+FFFD
            if (slash < 0 || slash + 1 == raw.Length)
            {
                break;
            }

            raw = raw[slash..];
            if (raw[1] == 'u' && raw.Length >= 6 && int.TryParse(raw.Slice(2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                text.Append((char)unit);
                raw = raw[6..];
                continue;
            }

            text.Append(raw[1] switch { (byte)'n' => '\n', (byte)'r' => '\r', (byte)'t' => '\t', (byte)'b' => '\b', (byte)'f' => '\f', var c => (char)c });
            raw = raw[2..];
        }

        return Utf16Text.Repair(text.ToString(), out _);
    }
}
