using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Parses UTF-8 JSON into a document tree; the first syntax error is reported with its line and column.</summary>
internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,

        // The assembler enforces the format's own, lower limit with a clearer message.
        MaxDepth = MapLimits.MaxNesting + 8,
    };

    public static DocNode? Read(ReadOnlySpan<byte> utf8, List<MapProblem> problems)
    {
        var lines = new LineIndex(utf8);
        var tree = new TreeAssembler(problems);
        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            while (reader.Read())
            {
                if (!Accept(ref reader, tree, lines.LineOf(reader.TokenStartIndex)))
                {
                    return null;
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add(SyntaxProblem(ex));
            return null;
        }

        return tree.IsComplete ? tree.Root : null;
    }

    private static bool Accept(ref Utf8JsonReader reader, TreeAssembler tree, int line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return tree.Open(DocNode.Object(line));
            case JsonTokenType.StartArray:
                return tree.Open(DocNode.Array(line));
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                tree.Close();
                return true;
            case JsonTokenType.PropertyName:
                tree.Key(ReadString(ref reader, tree, line), line);
                return true;
            case JsonTokenType.String:
                tree.Value(DocNode.String(ReadString(ref reader, tree, line), line));
                return true;
            case JsonTokenType.Number:
                tree.Value(DocNode.Number(Encoding.UTF8.GetString(reader.ValueSpan), line));
                return true;
            case JsonTokenType.True or JsonTokenType.False:
                tree.Value(DocNode.Bool(reader.TokenType == JsonTokenType.True, line));
                return true;
            default:
                tree.Value(DocNode.Null(line));
                return true;
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, TreeAssembler tree, int line)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON syntax but no valid text.
            tree.Report(tree.ChildPath(), "text holds an escaped lone surrogate (\\uD800-\\uDFFF), which is not valid Unicode", line);
            return "\uFFFD";
        }
    }

    private static MapProblem SyntaxProblem(JsonException ex)
    {
        var line = (int)(ex.LineNumber ?? 0) + 1;
        var column = (int)(ex.BytePositionInLine ?? 0) + 1;
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        var where = string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");
        return new MapProblem(DocPath.Root, $"invalid JSON at {where}: {reason.TrimEnd()}") { Line = line };
    }
}
