using System.Globalization;
using System.Text.Json;
using Waymark.Core.Text;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// Where a JSON text stops being JSON, as a JSON path (<c>$[1234].properties.plan</c>) with its 1-based line:
/// <see cref="JsonDocument"/> reports only line and byte, and a batch is often one long line. Read again only when
/// parsing has failed, so it costs nothing on the way in.
/// </summary>
internal static class JsonSyntaxPlace
{
    private sealed class Frame(bool array)
    {
        public bool Array { get; } = array;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }

    /// <summary>The path, line and message of the first syntax error; null when the text is JSON after all.</summary>
    public static (string Path, long Line, string Message)? Find(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                Step(ref reader, frames);
            }

            return null;
        }
        catch (JsonException e)
        {
            var message = e.Message.Split(" LineNumber: ", 2)[0].TrimEnd(' ', '|', '.');
            return (PathOf(frames), (e.LineNumber ?? 0) + 1, message);
        }
    }

    private static void Step(ref Utf8JsonReader reader, List<Frame> frames)
    {
        if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
        {
            frames.RemoveAt(frames.Count - 1);
            Done(frames);
            return;
        }

        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            frames[^1].Name = Name(ref reader);
            return;
        }

        if (frames.Count > 0 && frames[^1].Array)
        {
            frames[^1].Index++;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
        }
        else
        {
            Done(frames);
        }
    }

    /// <summary>A member's value is complete: an error from here on is between members, so the object is the place.</summary>
    private static void Done(List<Frame> frames)
    {
        if (frames.Count > 0 && !frames[^1].Array)
        {
            frames[^1].Name = null;
        }
    }

    /// <summary>The name; as written (escapes kept, bad bytes shown as U+FFFD) when it is escaped or not text.</summary>
    private static string Name(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // not UTF-8: shown as written below
            }
        }

        return Raw(ref reader);
    }

    private static string Raw(ref Utf8JsonReader reader) =>
        System.Text.Encoding.UTF8.GetString(reader.ValueSpan); // one span in, so never a sequence

    private static string PathOf(List<Frame> frames)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.Array && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (!frame.Array && frame.Name is { } name)
            {
                path.Append(IsPlain(name) ? "." + name : $"[\"{Utf16Text.Clip(name, JsonText.MaxNameInPath)}\"]");
            }
        }

        return path.ToString();
    }

    private static bool IsPlain(string name) =>
        name.Length is > 0 and <= JsonText.MaxNameInPath && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
