using System.Text;
using Waymark.Core.FileFormat.Internals;
using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat;

/// <summary>
/// The open file format: canonical JSON (*.waymark.json) and the same tree as YAML (*.waymark.yaml). Writing is
/// deterministic (same map, same bytes); reading never throws for bad input and reports every problem found.
/// </summary>
public static class MapSerializer
{
    /// <summary>The schema versions this build reads.</summary>
    public static IReadOnlyList<int> SupportedSchemaVersions => SchemaVersions.Supported;

    /// <summary>Canonical JSON: stable property order, two-space indent, one line per cell, trailing newline.</summary>
    public static string ToJson(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return JsonTextEmitter.Emit(MapTreeWriter.Write(map));
    }

    /// <summary>The same document as YAML; reading it back gives a map whose JSON is byte-identical.</summary>
    public static string ToYaml(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return YamlTextEmitter.Emit(MapTreeWriter.Write(map));
    }

    public static string Write(JourneyMap map, MapFormat format) =>
        format == MapFormat.Json ? ToJson(map) : ToYaml(map);

    /// <summary>Parses and validates; returns every problem with its JSON path.</summary>
    public static MapReadResult Read(string text, MapFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<MapProblem>();
        if (!DocumentDecoder.CheckSize(Encoding.UTF8.GetByteCount(text), problems))
        {
            return new MapReadResult(null, problems);
        }

        var body = text.StartsWith('\uFEFF') ? text[1..] : text;
        return Guarded(problems, () => format == MapFormat.Json
            ? JsonTreeReader.Read(Encoding.UTF8.GetBytes(body), problems)
            : YamlTreeReader.Read(body, problems));
    }

    /// <summary>Checks size (<see cref="MapLimits"/>) and UTF-8 encoding first, then reads.</summary>
    public static MapReadResult Read(ReadOnlySpan<byte> utf8, MapFormat format)
    {
        var problems = new List<MapProblem>();
        var start = DocumentDecoder.Check(utf8, problems);
        if (start < 0)
        {
            return new MapReadResult(null, problems);
        }

        // The lambda cannot capture a span; one copy of at most MaxDocumentBytes is the price of the guard.
        var body = utf8[start..].ToArray();
        return Guarded(problems, () => format == MapFormat.Json
            ? JsonTreeReader.Read(body, problems)
            : YamlTreeReader.Read(DocumentDecoder.Decode(body), problems));
    }

    /// <summary>"x.waymark.json" -> Json, "x.waymark.yaml"/".yml" -> Yaml, anything else null.</summary>
    public static MapFormat? FormatOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (fileName.EndsWith(".waymark.json", StringComparison.OrdinalIgnoreCase))
        {
            return MapFormat.Json;
        }

        return fileName.EndsWith(".waymark.yaml", StringComparison.OrdinalIgnoreCase) ||
            fileName.EndsWith(".waymark.yml", StringComparison.OrdinalIgnoreCase)
            ? MapFormat.Yaml
            : null;
    }

    private static MapReadResult Guarded(List<MapProblem> problems, Func<DocNode?> parse)
    {
        try
        {
            return parse() is { } tree ? Bind(tree, problems) : new MapReadResult(null, problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Reading must never throw for bad input; reaching this is a bug, but the caller still gets a problem.
            problems.Add(new MapProblem(DocPath.Root, $"the document could not be read ({ex.GetType().Name})"));
            return new MapReadResult(null, problems);
        }
    }

    private static MapReadResult Bind(DocNode tree, List<MapProblem> problems)
    {
        var context = new ReadContext(problems);
        var map = MapTreeReader.Read(tree, context);
        if (map is not null)
        {
            ProblemMerger.AddValidation(problems, MapValidator.Validate(map), context.Lines);
        }

        return new MapReadResult(map, problems);
    }
}
