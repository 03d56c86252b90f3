using System.Globalization;

namespace Waymark.Core.Templates.Internals;

/// <summary>
/// What a template file says about itself beyond the map: the leading comment lines, each "# key: value", with
/// the picker's <c>order</c> (templates are listed by it, then by id) and the gallery's one-line <c>summary</c>.
/// They are YAML comments so the file stays a plain map file that every Waymark reader accepts.
/// </summary>
internal readonly record struct TemplateHeader(int Order, string Summary)
{
    private const string OrderKey = "order";
    private const string SummaryKey = "summary";

    /// <summary>Reads the header off the top of the file; <paramref name="length"/> is where the map begins.</summary>
    public static TemplateHeader Parse(string text, out int length)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        length = 0;
        while (length < text.Length && text[length] == '#')
        {
            var end = text.IndexOf('\n', length);
            var line = end < 0 ? text[length..] : text[length..end];
            length = end < 0 ? text.Length : end + 1;
            var (key, value) = Field(line);
            if (!fields.TryAdd(key, value))
            {
                throw new FormatException($"header line \"{line}\" repeats \"{key}\"");
            }
        }

        return new TemplateHeader(ParseOrder(Required(fields, OrderKey)), Required(fields, SummaryKey));
    }

    private static (string Key, string Value) Field(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var key = colon < 0 || !line.StartsWith("# ", StringComparison.Ordinal) ? null : line[2..colon];
        if (key is not (OrderKey or SummaryKey))
        {
            throw new FormatException(
                $"header line \"{line}\" is not \"# {OrderKey}: <number>\" or \"# {SummaryKey}: <text>\"");
        }

        return (key, line[(colon + 2)..]);
    }

    private static string Required(Dictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new FormatException($"the header has no \"# {key}: ...\" line");

    private static int ParseOrder(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var order)
            ? order
            : throw new FormatException($"order \"{text}\" is not a whole number");
}
