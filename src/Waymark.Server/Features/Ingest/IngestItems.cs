using System.Text.Json;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// Walks the items of an ingestion body: a JSON array (or an object holding the array under a member), or NDJSON
/// with one item per line where blank lines are skipped and a line that is not JSON is rejected alone.
/// </summary>
internal static class IngestItems
{
    /// <summary>Calls <paramref name="take"/> per item (element, 0-based index, 1-based NDJSON line) and
    /// <paramref name="bad"/> per unreadable line; returns why and where the body as a whole cannot be read, or null.
    /// <paramref name="plain"/>, when given, is offered each NDJSON line's bytes first and returns whether it took the
    /// item itself (then no document is parsed for it).</summary>
    public static IngestFatal? ForEach(ReadOnlyMemory<byte> body, bool ndjson, string what, string? member,
        Action<JsonElement, int, int?> take, Action<int, int, string> bad, Func<ReadOnlyMemory<byte>, bool>? plain = null)
    {
        return ndjson ? Lines(body, take, bad, plain) : Array(body, what, member, take);
    }

    /// <summary>
    /// The JSON path of <paramref name="member"/> (relative, e.g. <c>properties.k</c>; null for the item itself) in the
    /// item at <paramref name="index"/>: <c>$[3].properties.k</c>, <c>$.feedback[3]...</c> when the array was wrapped in
    /// <paramref name="wrapper"/>, and <c>$.properties.k</c> for an NDJSON line (the line says which).
    /// </summary>
    public static string PathOf(string? wrapper, int? line, int index, string? member)
    {
        var item = line is not null ? "$" : wrapper is not null ? $"$.{wrapper}[{index}]" : $"$[{index}]";
        return string.IsNullOrEmpty(member) ? item : member[0] == '[' ? item + member : $"{item}.{member}";
    }

    private static IngestFatal? Array(ReadOnlyMemory<byte> body, string what, string? member, Action<JsonElement, int, int?> take)
    {
        var shape = member is null ? $"a JSON array of {what}" : $"a JSON object {{\"{member}\": [...]}} (or a JSON array) of {what}";
        try
        {
            using var doc = JsonDocument.Parse(body);
            var (items, path) = (doc.RootElement, "$");
            if (member is not null && items.ValueKind == JsonValueKind.Object && items.TryGetProperty(member, out var inner))
            {
                (items, path) = (inner, "$." + member);
            }

            if (items.ValueKind != JsonValueKind.Array)
            {
                return new IngestFatal($"The body must be {shape}, or NDJSON with Content-Type application/x-ndjson.", path, null);
            }

            var index = 0;
            foreach (var element in items.EnumerateArray())
            {
                take(element, index++, null);
            }

            return null;
        }
        catch (JsonException ex)
        {
            // The document reports line and byte only; the path comes from reading again up to the error.
            var (path, line, message) = JsonSyntaxPlace.Find(body.Span) ?? ("$", (ex.LineNumber ?? 0) + 1, ex.Message);
            return new IngestFatal($"The body is not valid JSON at {path} (line {line}): {message}", path, line);
        }
    }

    private static IngestFatal? Lines(ReadOnlyMemory<byte> body, Action<JsonElement, int, int?> take, Action<int, int, string> bad,
        Func<ReadOnlyMemory<byte>, bool>? plain)
    {
        var (index, line) = (0, 0);
        while (!body.IsEmpty)
        {
            line++;
            var end = body.Span.IndexOf((byte)'\n');
            var text = end < 0 ? body : body[..end];
            body = end < 0 ? ReadOnlyMemory<byte>.Empty : body[(end + 1)..];
            if (text.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (plain is not null && plain(text))
            {
                index++;
                continue;
            }

            try
            {
                // Parsed in place: the document reads the body's bytes, which outlive it.
                using var doc = JsonDocument.Parse(text);
                take(doc.RootElement, index, line);
            }
            catch (JsonException ex)
            {
                bad(index, line, $"not valid JSON: {ex.Message}");
            }

            index++;
        }

        return null;
    }
}
